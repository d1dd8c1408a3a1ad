"""Moderate two texts and stream three more: `python quickstart.py [host:port]`."""

import sys

from moderation.v1 import moderation_pb2 as pb
from moderation_client import ModerationClient, text_item

target = sys.argv[1] if len(sys.argv) > 1 else "localhost:50051"
with ModerationClient(target) as client:
    for r in client.moderate(
        [text_item("have a nice day", id="c1"), text_item("I will kill you", id="c2")]
    ):
        print(r.item_id, pb.Decision.Name(r.verdict.decision), r.verdict.rationale)
    texts = (text_item(t, id=f"s{n}") for n, t in enumerate(["hello", "you idiot", "nice shot"]))
    for r in client.stream(texts):  # each result as soon as it is known
        print(r.item_id, pb.Decision.Name(r.verdict.decision))
