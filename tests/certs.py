"""Certificates made at test time (trustme): a CA, a server certificate, a client one."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import trustme


@dataclass(frozen=True)
class Pki:
    """PEM files of one CA and the certificates it issued, written under one directory."""

    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path

    @classmethod
    def make(cls, directory: Path, name: str = "pki") -> Pki:
        directory = directory / name
        directory.mkdir(parents=True, exist_ok=True)
        ca = trustme.CA()
        server = ca.issue_cert("localhost", "127.0.0.1")
        client = ca.issue_cert("caller.example")
        paths = cls(
            ca=directory / "ca.pem",
            server_cert=directory / "server.pem",
            server_key=directory / "server.key",
            client_cert=directory / "client.pem",
            client_key=directory / "client.key",
        )
        ca.cert_pem.write_to_path(str(paths.ca))
        server.private_key_pem.write_to_path(str(paths.server_key))
        with paths.server_cert.open("wb") as fh:
            for pem in server.cert_chain_pems:
                fh.write(pem.bytes())
        client.private_key_pem.write_to_path(str(paths.client_key))
        with paths.client_cert.open("wb") as fh:
            for pem in client.cert_chain_pems:
                fh.write(pem.bytes())
        return paths


def replace_file(target: Path, source: Path) -> None:
    """Put `source`'s bytes at `target` in one atomic rename, as a rotation tool would."""
    staged = target.with_name(target.name + ".new")
    staged.write_bytes(source.read_bytes())
    os.replace(staged, target)
