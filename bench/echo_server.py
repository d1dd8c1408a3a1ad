"""A bare grpc.aio server answering every call with a fixed-size reply: the ceiling for
unary throughput on this machine, to compare the service's cache-hit path against."""

from __future__ import annotations

import argparse
import asyncio

import grpc

METHOD = "/bench.Echo/Echo"


async def serve(port: int, reply_bytes: int) -> None:
    reply = b"\x0a" * reply_bytes

    async def echo(request: bytes, context: grpc.aio.ServicerContext[bytes, bytes]) -> bytes:
        return reply

    handler = grpc.method_handlers_generic_handler(
        "bench.Echo", {"Echo": grpc.unary_unary_rpc_method_handler(echo)}
    )
    server = grpc.aio.server()
    server.add_generic_rpc_handlers((handler,))
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    print(f"echo listening on 127.0.0.1:{port}", flush=True)
    await server.wait_for_termination()


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--reply-bytes", type=int, required=True)
    args = p.parse_args()
    asyncio.run(serve(args.port, args.reply_bytes))


if __name__ == "__main__":
    main()
