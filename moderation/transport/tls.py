"""Server TLS and mTLS from files, reloaded when the files change, without a restart.

Certificates are rotated under a running server (cert-manager, a Kubernetes
Secret volume swapping its ``..data`` link). gRPC asks `CertificateFiles.fetch`
before every TLS handshake; it stats the files (cheap) and re-reads them only
when one changed, so new connections get the new certificate while open ones
keep theirs. A rotation caught half-written (an empty or unreadable file) keeps
the previous certificate and is tried again at the next handshake.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

import grpc

if TYPE_CHECKING:
    from moderation.config import Settings

log = logging.getLogger(__name__)


class TlsConfigError(ValueError):
    """The TLS settings cannot make working credentials; reported at start-up."""


@dataclass(frozen=True, slots=True)
class TlsConfig:
    """Where the server's key, certificate chain and (for mTLS) client CA live."""

    cert_file: Path
    key_file: Path
    client_ca_file: Path | None = None
    require_client_cert: bool = False

    @classmethod
    def from_settings(cls, settings: Settings) -> TlsConfig | None:
        """The TLS config, or None for plaintext; refuses half-given settings."""
        cert_file, key_file = settings.tls_cert_file, settings.tls_key_file
        client_ca_file = settings.tls_client_ca_file
        require_client_cert = settings.tls_require_client_cert
        if cert_file is None and key_file is None:
            if client_ca_file is not None or require_client_cert:
                raise TlsConfigError(
                    "MODERATION_TLS_CLIENT_CA_FILE and MODERATION_TLS_REQUIRE_CLIENT_CERT need "
                    "TLS: set MODERATION_TLS_CERT_FILE and MODERATION_TLS_KEY_FILE too"
                )
            return None
        if cert_file is None or key_file is None:
            raise TlsConfigError(
                "TLS needs both MODERATION_TLS_CERT_FILE and MODERATION_TLS_KEY_FILE"
            )
        if require_client_cert and client_ca_file is None:
            raise TlsConfigError(
                "MODERATION_TLS_REQUIRE_CLIENT_CERT needs MODERATION_TLS_CLIENT_CA_FILE, the CA "
                "that client certificates are checked against"
            )
        if client_ca_file is not None and not require_client_cert:
            log.warning(
                "MODERATION_TLS_CLIENT_CA_FILE is set but client certificates are not requested: "
                "set MODERATION_TLS_REQUIRE_CLIENT_CERT=true for mTLS"
            )
        return cls(cert_file, key_file, client_ca_file, require_client_cert)


_Signature = tuple[tuple[int, int, int], ...]


class CertificateFiles:
    """The current certificate configuration, re-read when its files change."""

    def __init__(self, config: TlsConfig) -> None:
        self._config = config
        self._lock = threading.Lock()
        self._paths = [config.cert_file, config.key_file]
        if config.client_ca_file is not None:
            self._paths.append(config.client_ca_file)
        try:
            self._signature = self._stat()
        except OSError as exc:
            raise TlsConfigError(f"cannot read TLS file {exc.filename}: {exc.strerror}") from None
        self.initial = self._load()  # raises TlsConfigError: a bad start is the operator's

    def credentials(self) -> grpc.ServerCredentials:
        """Server credentials that ask `fetch` before each handshake."""
        # grpc-stubs type the fetcher without its documented None ("no change").
        fetcher = cast("Callable[[], grpc.ServerCertificateConfiguration]", self.fetch)
        return grpc.dynamic_ssl_server_credentials(
            self.initial,
            fetcher,
            require_client_authentication=self._config.require_client_cert,
        )

    def fetch(self) -> grpc.ServerCertificateConfiguration | None:
        """A new configuration when a file changed, else None (keep the current one).

        Called by gRPC from its own threads, so it holds a lock and never raises.
        """
        with self._lock:
            try:
                signature = self._stat()
                if signature == self._signature:
                    return None
                loaded = self._load()
            except (OSError, TlsConfigError) as exc:
                log.warning("TLS files changed but cannot be read yet, keeping the old: %s", exc)
                return None
            self._signature = signature
        log.info("TLS certificate files changed: reloaded for new connections")
        return loaded

    def _stat(self) -> _Signature:
        # os.stat follows symlinks, so a Secret volume's swapped ..data link shows as a change.
        out = []
        for path in self._paths:
            st = os.stat(path)
            out.append((st.st_mtime_ns, st.st_size, st.st_ino))
        return tuple(out)

    def _load(self) -> grpc.ServerCertificateConfiguration:
        cert = _read(self._config.cert_file, "certificate")
        key = _read(self._config.key_file, "private key")
        roots = (
            _read(self._config.client_ca_file, "client CA")
            if self._config.client_ca_file is not None
            else None
        )
        return grpc.ssl_server_certificate_configuration([(key, cert)], root_certificates=roots)


def _read(path: Path, what: str) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TlsConfigError(f"cannot read the TLS {what} {path}: {exc.strerror}") from None
    if b"-----BEGIN " not in data:
        raise TlsConfigError(f"the TLS {what} {path} holds no PEM block")
    return data
