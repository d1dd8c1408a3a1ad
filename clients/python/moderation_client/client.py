"""Sync and async clients: build items, call the service, raise errors naming the bad fields.

How the channel is made (TLS, token, balancing, retries) is `channel.Connection`'s.
"""

from __future__ import annotations

import asyncio
import mimetypes
import threading
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import grpc
from google.protobuf.message import DecodeError
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status

from moderation_client.channel import Connection
from moderation_client.v1 import moderation_pb2 as pb
from moderation_client.v1 import moderation_pb2_grpc as pb_grpc

DEFAULT_TIMEOUT = 30.0
# Bytes of items per UploadJob message: well under the server's default message limit
# (16 MiB), whatever the items' sizes.
UPLOAD_MESSAGE_BYTES = 4 * 1024 * 1024
STATUS_DETAILS_KEY = "grpc-status-details-bin"
ItemLike = pb.Item | str


def text_item(text: str, id: str | None = None, context: str = "") -> pb.Item:
    """A text item; the id defaults to a random one."""
    return pb.Item(id=id or uuid.uuid4().hex[:12], text=text, context=context)


def image_item(
    image: bytes | str | Path, media_type: str | None = None, id: str | None = None
) -> pb.Item:
    """An image item from bytes or a file.

    The media type is guessed from the file name; when it is not given and cannot be
    guessed, it is left empty and the server reads it from the bytes.
    """
    if isinstance(image, bytes):
        data = image
        media_type = media_type or ""
        default_id = uuid.uuid4().hex[:12]
    else:
        path = Path(image)
        data = path.read_bytes()
        guessed = mimetypes.guess_type(path.name)[0] or ""
        media_type = media_type or (guessed if guessed.startswith("image/") else "")
        default_id = path.name
    return pb.Item(id=id or default_id, image=pb.Image(data=data, media_type=media_type))


def _as_items(items: ItemLike | Sequence[ItemLike]) -> list[pb.Item]:
    if isinstance(items, str | pb.Item):
        items = [items]
    return [text_item(i) if isinstance(i, str) else i for i in items]


class ModerationRpcError(Exception):
    """A failed call, with its gRPC code and, for bad input, the fields at fault."""

    def __init__(self, code: grpc.StatusCode, message: str, violations: list[tuple[str, str]]):
        self.code = code
        self.message = message
        self.violations = violations
        # The server's message usually names the fields already: each is said once.
        detail = "; ".join(f"{f}: {d}" for f, d in violations if f"{f}: {d}" not in message)
        super().__init__(f"{code.name}: {message}" + (f" [{detail}]" if detail else ""))

    @classmethod
    def from_call(cls, err: grpc.RpcError) -> ModerationRpcError:
        code = err.code() if isinstance(err, grpc.Call) else grpc.StatusCode.UNKNOWN
        message = err.details() if isinstance(err, grpc.Call) else str(err)
        status = _rich_status(err) if isinstance(err, grpc.Call) else None
        return cls(code, message or "", _bad_request_fields(status))


class ModerationClient:
    """Blocking client. Use as a context manager, or call close().

    `target`, `token`, `tls`, `ca_file`, `cert_file`, `key_file` and
    `server_name` default to the environment (see `moderation_client.channel`);
    the token goes with every call.
    """

    def __init__(
        self,
        target: str | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        channel: grpc.Channel | None = None,
        metadata: Sequence[tuple[str, str]] = (),
        token: str | None = None,
        tls: bool | None = None,
        ca_file: str | Path | None = None,
        cert_file: str | Path | None = None,
        key_file: str | Path | None = None,
        server_name: str | None = None,
    ) -> None:
        connection = Connection.resolve(
            target,
            token=token,
            tls=tls,
            ca_file=ca_file,
            cert_file=cert_file,
            key_file=key_file,
            server_name=server_name,
        )
        self._channel = channel or connection.channel()
        self._stub = pb_grpc.ModerationServiceStub(self._channel)
        self._timeout = timeout
        # Streams in progress, for `cancel_streams` (called from another thread).
        self._streams: set[Any] = set()
        self._streams_lock = threading.Lock()
        self._metadata = (*connection.metadata(), *metadata)

    def moderate(
        self, items: ItemLike | Sequence[ItemLike], policy_id: str = ""
    ) -> list[pb.ItemResult]:
        """One result per item, in order; texts may be passed as plain strings."""
        request = pb.ModerateRequest(items=_as_items(items), policy_id=policy_id)
        try:
            response = self._stub.Moderate(request, timeout=self._timeout, metadata=self._metadata)
        except grpc.RpcError as err:
            raise ModerationRpcError.from_call(err) from None
        return list(response.results)

    def stream(
        self, items: Iterable[pb.Item], policy_id: str = "", timeout: float | None = None
    ) -> Iterator[pb.ItemResult]:
        """Send items as they come; yield each result as soon as the server knows it.

        An exception raised by `items` ends the call and is raised here, unchanged.
        """
        feed = _Feed(items)
        requests = (pb.ModerateStreamRequest(items=[i], policy_id=policy_id) for i in feed)
        call = self._stub.ModerateStream(requests, timeout=timeout, metadata=self._metadata)
        feed.attach(call.cancel)
        with self._streams_lock:
            self._streams.add(call)
        try:
            for response in call:
                yield response.result
        except grpc.RpcError as err:
            if feed.error is None:
                raise ModerationRpcError.from_call(err) from None
        finally:
            with self._streams_lock:
                self._streams.discard(call)
        feed.reraise()

    def cancel_streams(self) -> None:
        """Cancel every `stream` in progress; each then raises CANCELLED where it is read.

        Thread-safe: it is how a Ctrl-C handler stops a stream without raising inside gRPC's
        code (an exception raised there by a signal can leave a call's lock held, and the
        channel then never closes).
        """
        with self._streams_lock:
            calls = list(self._streams)
        for call in calls:
            call.cancel()

    def list_policies(self) -> list[pb.Policy]:
        try:
            response = self._stub.ListPolicies(
                pb.ListPoliciesRequest(), timeout=self._timeout, metadata=self._metadata
            )
        except grpc.RpcError as err:
            raise ModerationRpcError.from_call(err) from None
        return list(response.policies)

    def get_policy(self, policy_id: str = "") -> pb.Policy:
        try:
            response = self._stub.GetPolicy(
                pb.GetPolicyRequest(policy_id=policy_id),
                timeout=self._timeout,
                metadata=self._metadata,
            )
        except grpc.RpcError as err:
            raise ModerationRpcError.from_call(err) from None
        return response.policy

    def shadow_reports(self, policy_id: str = "") -> list[pb.ShadowReport]:
        """Each shadow candidate's report (one candidate's, when named); admin role."""
        request = pb.GetShadowReportRequest(policy_id=policy_id)
        response: pb.GetShadowReportResponse = self._call(self._stub.GetShadowReport, request)
        return list(response.reports)

    def promote_shadow_policy(
        self, policy_id: str, policy_version: str = ""
    ) -> pb.PromoteShadowPolicyResponse:
        """Make a shadow candidate the live version of the policy it shadows (only if still at
        `policy_version`, when given); admin role."""
        request = pb.PromoteShadowPolicyRequest(policy_id=policy_id, policy_version=policy_version)
        response: pb.PromoteShadowPolicyResponse = self._call(
            self._stub.PromoteShadowPolicy, request
        )
        return response

    # --- jobs ----------------------------------------------------------------

    def create_job(
        self,
        items: Iterable[pb.Item],
        policy_id: str = "",
        chunk: int = 1000,
        chunk_bytes: int = UPLOAD_MESSAGE_BYTES,
    ) -> pb.Job:
        """Upload a job of any size (UploadJob, at most `chunk` items and about `chunk_bytes`
        bytes per message, under the server's message limit); it runs server-side.

        An exception raised by `items` cancels the upload (no job is made) and is raised
        here, unchanged.
        """
        feed = _Feed(items)

        def requests() -> Iterator[pb.UploadJobRequest]:
            batch: list[pb.Item] = []
            first = True
            size = 0
            for item in feed:
                if batch and size + item.ByteSize() > chunk_bytes:
                    yield pb.UploadJobRequest(items=batch, policy_id=policy_id if first else "")
                    batch, first, size = [], False, 0
                batch.append(item)
                size += item.ByteSize()
                if len(batch) == chunk:
                    yield pb.UploadJobRequest(items=batch, policy_id=policy_id if first else "")
                    batch, first, size = [], False, 0
            if batch or first:
                yield pb.UploadJobRequest(items=batch, policy_id=policy_id if first else "")

        call = self._stub.UploadJob.future(requests(), metadata=self._metadata)
        feed.attach(call.cancel)
        try:
            response = call.result()
        except grpc.RpcError as err:
            if feed.error is None:
                raise ModerationRpcError.from_call(err) from None
        except grpc.FutureCancelledError:
            pass  # only the feed cancels the upload, when the caller's items raised
        feed.reraise()
        return response.job

    def get_job(self, name: str) -> pb.Job:
        response: pb.GetJobResponse = self._call(self._stub.GetJob, pb.GetJobRequest(name=name))
        return response.job

    def list_jobs(self, page_size: int = 0, page_token: str = "") -> pb.ListJobsResponse:
        request = pb.ListJobsRequest(page_size=page_size, page_token=page_token)
        response: pb.ListJobsResponse = self._call(self._stub.ListJobs, request)
        return response

    def cancel_job(self, name: str) -> pb.Job:
        request = pb.CancelJobRequest(name=name)
        response: pb.CancelJobResponse = self._call(self._stub.CancelJob, request)
        return response.job

    def delete_job(self, name: str) -> str:
        """Remove the job, its items and results (cancelled first if it runs); its name."""
        request = pb.DeleteJobRequest(name=name)
        response: pb.DeleteJobResponse = self._call(self._stub.DeleteJob, request)
        return response.name

    def job_results(
        self, name: str, page_token: str = "", follow: bool = False
    ) -> Iterator[pb.ReadJobResultsResponse]:
        """Results in item order, each with the token to resume after it."""
        request = pb.ReadJobResultsRequest(name=name, page_token=page_token, follow=follow)
        try:
            yield from self._stub.ReadJobResults(request, metadata=self._metadata)
        except grpc.RpcError as err:
            raise ModerationRpcError.from_call(err) from None

    def _call(self, method: Any, request: Any) -> Any:
        try:
            return method(request, timeout=self._timeout, metadata=self._metadata)
        except grpc.RpcError as err:
            raise ModerationRpcError.from_call(err) from None

    def close(self) -> None:
        self._channel.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncModerationClient:
    """asyncio client over grpc.aio. Use with `async with`, or await close().

    Takes the same connection arguments as `ModerationClient`, with the same defaults.
    """

    def __init__(
        self,
        target: str | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        channel: grpc.aio.Channel | None = None,
        metadata: Sequence[tuple[str, str]] = (),
        token: str | None = None,
        tls: bool | None = None,
        ca_file: str | Path | None = None,
        cert_file: str | Path | None = None,
        key_file: str | Path | None = None,
        server_name: str | None = None,
    ) -> None:
        connection = Connection.resolve(
            target,
            token=token,
            tls=tls,
            ca_file=ca_file,
            cert_file=cert_file,
            key_file=key_file,
            server_name=server_name,
        )
        self._channel = channel or connection.aio_channel()
        self._stub = pb_grpc.ModerationServiceStub(self._channel)
        self._timeout = timeout
        self._metadata = (*connection.metadata(), *metadata)

    async def moderate(
        self, items: ItemLike | Sequence[ItemLike], policy_id: str = ""
    ) -> list[pb.ItemResult]:
        request = pb.ModerateRequest(items=_as_items(items), policy_id=policy_id)
        try:
            response = await self._stub.Moderate(
                request, timeout=self._timeout, metadata=self._metadata
            )
        except grpc.aio.AioRpcError as err:
            raise ModerationRpcError(err.code(), err.details() or "", _violations(err)) from None
        return list(response.results)

    async def stream(
        self, items: AsyncIterable[pb.Item], policy_id: str = "", call_timeout: float | None = None
    ) -> AsyncIterator[pb.ItemResult]:
        """Send items as they come; yield each result as soon as the server knows it.

        An exception raised by `items` ends the call and is raised here, unchanged
        (gRPC would only cancel the call).
        """
        failure: list[Exception] = []

        async def requests() -> AsyncIterator[pb.ModerateStreamRequest]:
            try:
                async for item in items:
                    yield pb.ModerateStreamRequest(items=[item], policy_id=policy_id)
            except Exception as err:
                failure.append(err)
                call.cancel()

        call = self._stub.ModerateStream(requests(), timeout=call_timeout, metadata=self._metadata)
        try:
            async for response in call:
                yield response.result
        except grpc.aio.AioRpcError as err:
            raise ModerationRpcError(err.code(), err.details() or "", _violations(err)) from None
        except asyncio.CancelledError:
            if not failure:
                raise
        finally:
            call.cancel()
        if failure:
            raise failure[0]

    async def list_policies(self) -> list[pb.Policy]:
        try:
            response = await self._stub.ListPolicies(
                pb.ListPoliciesRequest(), timeout=self._timeout, metadata=self._metadata
            )
        except grpc.aio.AioRpcError as err:
            raise ModerationRpcError(err.code(), err.details() or "", _violations(err)) from None
        return list(response.policies)

    async def get_policy(self, policy_id: str = "") -> pb.Policy:
        try:
            response = await self._stub.GetPolicy(
                pb.GetPolicyRequest(policy_id=policy_id),
                timeout=self._timeout,
                metadata=self._metadata,
            )
        except grpc.aio.AioRpcError as err:
            raise ModerationRpcError(err.code(), err.details() or "", _violations(err)) from None
        return response.policy

    async def close(self) -> None:
        await self._channel.close(None)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class _Feed:
    """The caller's items, which gRPC reads in a thread of its own for a request stream.

    gRPC turns an exception there into UNKNOWN "Exception iterating requests!", and one
    that is not an Exception kills the thread and leaves the call open for ever. Here the
    call is cancelled before anything more is sent, and `reraise` raises the caller's own
    exception in their thread.
    """

    def __init__(self, items: Iterable[pb.Item]) -> None:
        self._items = iter(items)
        self._cancel: Callable[[], object] | None = None
        self._attached = threading.Event()
        self.error: BaseException | None = None

    def attach(self, cancel: Callable[[], object]) -> None:
        """How to cancel the call; given as soon as it exists, since gRPC reads at once."""
        self._cancel = cancel
        self._attached.set()

    def __iter__(self) -> Iterator[pb.Item]:
        while True:
            try:
                item = next(self._items)
            except StopIteration:
                return
            except BaseException as err:
                self.error = err
                self._attached.wait()
                assert self._cancel is not None
                self._cancel()
                return
            yield item

    def reraise(self) -> None:
        if self.error is not None:
            raise self.error


def _violations(err: grpc.aio.AioRpcError) -> list[tuple[str, str]]:
    metadata: Any = err.trailing_metadata() or ()
    for key, value in metadata:
        if key == STATUS_DETAILS_KEY and isinstance(value, bytes):
            return _bad_request_fields(status_pb2.Status.FromString(value))
    return []


def _rich_status(call: grpc.Call) -> status_pb2.Status | None:
    """The call's google.rpc.Status, or None when it is unreadable or names another code.

    Details that contradict the call are not worth a second error: the code and
    message alone still say what failed.
    """
    try:
        return rpc_status.from_call(call)
    except (ValueError, DecodeError):
        return None


def _bad_request_fields(status: status_pb2.Status | None) -> list[tuple[str, str]]:
    """The (field, description) pairs of a google.rpc.BadRequest detail, if any."""
    out: list[tuple[str, str]] = []
    for detail in status.details if status else []:
        if detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            bad = error_details_pb2.BadRequest()
            detail.Unpack(bad)
            out.extend((v.field, v.description) for v in bad.field_violations)
    return out
