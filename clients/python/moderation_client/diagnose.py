"""Why a channel did not come up, in the caller's terms, with the setting to change.

gRPC reports every failed connection as UNAVAILABLE, and only the last address tried: a
refused client certificate on 127.0.0.1 shows as "Connection refused" from ::1 when
localhost resolves to both. After such a failure, `explain` dials the target itself
(TCP, then a TLS handshake configured like the channel) and names the cause: nothing
listening, plaintext against TLS or the reverse, an untrusted server certificate or
name, a missing or refused client certificate.
"""

from __future__ import annotations

import socket
import ssl

from moderation_client.channel import (
    ENV_CA_FILE,
    ENV_CERT_FILE,
    ENV_KEY_FILE,
    ENV_SERVER_NAME,
    ENV_TARGET,
    ENV_TLS,
    Connection,
)

# Alerts a server sends when it refuses the certificate a client presented.
REFUSED_CERT = (
    "UNKNOWN_CA",
    "BAD_CERTIFICATE",
    "CERTIFICATE_UNKNOWN",
    "DECRYPT_ERROR",
    "CERTIFICATE_EXPIRED",
    "UNSUPPORTED_CERTIFICATE",
)


def host_port(target: str) -> tuple[str, int] | None:
    """host and port of `host:port`, `[v6]:port` or `dns:///host:port`; None otherwise."""
    target = target.removeprefix("dns:///")
    if "://" in target or target.startswith(("unix:", "ipv4:", "ipv6:")):
        return None
    host, sep, port = target.rpartition(":")
    if not sep or not port.isdigit():
        return None
    return host.strip("[]"), int(port)


def explain(connection: Connection, timeout: float = 3.0) -> str | None:
    """One line naming why the target cannot be used, or None if no cause is found."""
    where = host_port(connection.target)
    if where is None:
        return None
    host, port = where
    try:
        addresses = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as err:
        return f"cannot resolve {host!r} ({err.strerror}): check {ENV_TARGET} or --target"
    for family, kind, proto, _, address in addresses:
        sock = socket.socket(family, kind, proto)
        sock.settimeout(timeout)
        try:
            sock.connect(address)
        except OSError:
            sock.close()
            continue
        with sock:
            return _over_tls(connection, sock, host) if connection.tls else _plaintext(sock, host)
    return (
        f"nothing is listening at {connection.target} (connection refused): start the server, "
        f"or set {ENV_TARGET} (--target) to where it listens"
    )


def _plaintext(sock: socket.socket, host: str) -> str | None:
    """A plaintext channel failed: does the server want TLS?"""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.set_alpn_protocols(["h2"])
    try:
        with context.wrap_socket(sock, server_hostname=host or None):
            pass
    except ssl.SSLError as err:
        if not _alert(err):
            return None  # it does not speak TLS either: something else failed
    except OSError:
        return None
    return (
        f"the server speaks TLS and this client sent plaintext: set {ENV_TLS}=1 (--tls), "
        f"and {ENV_CA_FILE} (--ca-file) if its certificate is not from a public CA"
    )


def _over_tls(connection: Connection, sock: socket.socket, host: str) -> str | None:
    context = ssl.create_default_context(
        cafile=str(connection.ca_file) if connection.ca_file else None
    )
    context.set_alpn_protocols(["h2"])
    if connection.cert_file and connection.key_file:
        context.load_cert_chain(connection.cert_file, connection.key_file)
    name = connection.server_name or host
    try:
        with context.wrap_socket(sock, server_hostname=name) as tls:
            # TLS 1.3: the server judges the client's certificate after the handshake
            # and, refusing it, closes the connection (with an alert, or without one, as
            # gRPC's BoringSSL does) instead of sending its HTTP/2 settings.
            tls.settimeout(1.0)
            try:
                if tls.recv(1) == b"":
                    return _client_cert_refused(connection, "the connection was closed")
            except TimeoutError:
                return None
    except ssl.SSLCertVerificationError as err:
        return _untrusted(connection, name, err)
    except ssl.SSLError as err:
        return _handshake_failed(connection, err)
    except OSError:
        return None
    return None


def _untrusted(connection: Connection, name: str, err: ssl.SSLCertVerificationError) -> str:
    reason = err.verify_message or err.reason or str(err)
    if "hostname" in reason.lower() or "ip address mismatch" in reason.lower():
        return (
            f"the server's certificate is not for {name!r} ({reason}): set {ENV_SERVER_NAME} "
            f"(--server-name) to a name it holds, or use that name in {ENV_TARGET}"
        )
    trusted = f"the CA in {connection.ca_file}" if connection.ca_file else "the system's CAs"
    return (
        f"the server's certificate is not trusted by {trusted} ({reason}): set {ENV_CA_FILE} "
        "(--ca-file) to the CA that issued it"
    )


def _client_cert_refused(connection: Connection, how: str) -> str:
    if connection.cert_file is None:
        return (
            f"the server requires a client certificate (mTLS) and none was sent: set "
            f"{ENV_CERT_FILE} and {ENV_KEY_FILE} (--cert-file, --key-file)"
        )
    return (
        f"the server refused the client certificate in {connection.cert_file} ({how}): "
        f"{ENV_CERT_FILE} must hold a certificate issued by a CA the server trusts for clients"
    )


def _handshake_failed(connection: Connection, err: ssl.SSLError) -> str | None:
    reason = (err.reason or str(err)).upper()
    if "CERTIFICATE_REQUIRED" in reason or (
        connection.cert_file is None and "HANDSHAKE_FAILURE" in reason
    ):
        return _client_cert_refused(connection, str(err.reason))
    if connection.cert_file is not None and any(a in reason for a in REFUSED_CERT):
        return _client_cert_refused(connection, str(err.reason))
    if not _alert(err):
        return (
            f"the server is plaintext and this client uses TLS: unset {ENV_TLS} and "
            f"{ENV_CA_FILE} (drop --tls, --ca-file), or give the server a certificate"
        )
    return None


def _alert(err: ssl.SSLError) -> bool:
    """True when the peer answered in TLS (an alert), not with something else."""
    reason = (err.reason or "").upper()
    return "ALERT" in reason or "CERTIFICATE" in reason
