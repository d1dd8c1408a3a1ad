"""TLS for the HTTP port: the gRPC port's certificate, key and client CA, re-read on change.

A server configured for TLS never serves plaintext HTTP beside it. Each
handshake asks (through the SNI callback) whether the files changed since they
were loaded; if so, the connection gets a context built from the new files, as
the gRPC port's `CertificateFiles` does, and a file caught half-written keeps
the old one. Callers are known by bearer token on this port: with mTLS a client
certificate is required and checked against the client CA, but does not name a
tenant.
"""

from __future__ import annotations

import logging
import os
import ssl
import threading

from moderation.transport.tls import TlsConfig, TlsConfigError

log = logging.getLogger(__name__)


class ReloadingContext:
    """An SSLContext for the HTTP port that follows its certificate files."""

    def __init__(self, config: TlsConfig) -> None:
        self._config = config
        self._lock = threading.Lock()
        self._paths = [config.cert_file, config.key_file]
        if config.client_ca_file is not None:
            self._paths.append(config.client_ca_file)
        self._signature = self._stat()
        self._current = self._load()
        self.context = self._load()  # the listening socket's; hands each handshake on
        self.context.sni_callback = self._pick

    def _pick(self, sock: ssl.SSLObject, name: str | None, context: ssl.SSLContext) -> None:
        sock.context = self.current()

    def current(self) -> ssl.SSLContext:
        """The context of the files as they are now (the last good one if they cannot be read)."""
        with self._lock:
            try:
                signature = self._stat()
                if signature != self._signature:
                    self._current = self._load()
                    self._signature = signature
                    log.info("TLS certificate files changed: reloaded for new HTTP connections")
            except (OSError, ssl.SSLError, TlsConfigError) as exc:
                log.warning("TLS files changed but cannot be read yet, keeping the old: %s", exc)
            return self._current

    def _stat(self) -> tuple[tuple[int, int, int], ...]:
        try:
            return tuple(
                (st.st_mtime_ns, st.st_size, st.st_ino) for st in map(os.stat, self._paths)
            )
        except OSError as exc:
            raise TlsConfigError(f"cannot read TLS file {exc.filename}: {exc.strerror}") from None

    def _load(self) -> ssl.SSLContext:
        config = self._config
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        try:
            context.load_cert_chain(config.cert_file, config.key_file)
            if config.client_ca_file is not None:
                context.load_verify_locations(cafile=str(config.client_ca_file))
        except (OSError, ssl.SSLError) as exc:
            raise TlsConfigError(f"cannot load the TLS files for HTTP: {exc}") from None
        if config.require_client_cert:
            context.verify_mode = ssl.CERT_REQUIRED
        return context
