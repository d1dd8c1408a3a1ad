"""Moderate two texts and stream three more: `python quickstart.py [host:port]`.

The server is the argument, else MODERATION_TARGET, else localhost:50051; the token and
TLS settings come from the same MODERATION_* variables as every other client.
"""

import sys

from moderation_client import ModerationClient, text_item
from moderation_client.v1 import moderation_pb2 as pb

target = sys.argv[1] if len(sys.argv) > 1 else None  # None: MODERATION_TARGET or the default
with ModerationClient(target) as client:
    for r in client.moderate(
        [text_item("have a nice day", id="c1"), text_item("I will kill you", id="c2")]
    ):
        print(r.item_id, pb.Decision.Name(r.verdict.decision), r.verdict.rationale)
    texts = (text_item(t, id=f"s{n}") for n, t in enumerate(["hello", "you idiot", "nice shot"]))
    for r in client.stream(texts):  # each result as soon as it is known
        print(r.item_id, pb.Decision.Name(r.verdict.decision))
