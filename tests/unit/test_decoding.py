"""Finding the field at fault in request bytes that protobuf refuses to decode."""

from __future__ import annotations

import pytest

from moderation.transport.decoding import Undecodable, locate_fault, tolerant
from moderation.v1 import moderation_pb2 as pb

DESCRIPTOR = pb.ModerateRequest.DESCRIPTOR


def encoded(*items: pb.Item, policy_id: str = "") -> bytes:
    return pb.ModerateRequest(items=list(items), policy_id=policy_id).SerializeToString()


def test_bad_utf8_is_found_in_the_right_item_and_field() -> None:
    data = encoded(
        pb.Item(id="a", text="fine"), pb.Item(id="b", text="ok", context="\u00e9\u00e9")
    ).replace("\u00e9\u00e9".encode(), b"\xc3\x28\xc3\x28")
    assert locate_fault(DESCRIPTOR, data) == ("items[1].context", "not valid UTF-8")
    decoded = tolerant(pb.ModerateRequest)(data)
    assert isinstance(decoded, Undecodable)
    assert decoded.violation().field == "items[1].context"
    assert "items[1].context: not valid UTF-8" in decoded.message()


def test_a_cut_off_message_names_the_field_it_stops_in() -> None:
    data = encoded(pb.Item(id="a", image=pb.Image(data=b"\x89PNG....", media_type="image/png")))
    assert locate_fault(DESCRIPTOR, data[:-4]) == ("items[0]", "truncated")


def test_bad_utf8_at_the_top_level() -> None:
    data = encoded(pb.Item(id="a", text="x"), policy_id="zz").replace(b"zz", b"\xff\xfe")
    assert locate_fault(DESCRIPTOR, data) == ("policy_id", "not valid UTF-8")


@pytest.mark.parametrize("data", [b"", encoded(pb.Item(id="a", text="hello"))])
def test_decodable_bytes_have_no_fault(data: bytes) -> None:
    assert locate_fault(DESCRIPTOR, data) is None
    assert isinstance(tolerant(pb.ModerateRequest)(data), pb.ModerateRequest)


def test_bytes_that_are_not_protobuf_name_no_field() -> None:
    decoded = tolerant(pb.ModerateRequest)(b"\xff" * 4)
    assert isinstance(decoded, Undecodable)
    assert decoded.field == ""
    assert "malformed request message" in decoded.message()
