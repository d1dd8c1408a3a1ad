"""gRPC transport: proto ⇄ domain mapping, status codes, the servicer."""
