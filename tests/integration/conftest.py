from __future__ import annotations

import pytest

from tests.postgres import fresh_database, postgres_server


@pytest.fixture(scope="session")
def postgres_base_url():
    with postgres_server() as url:
        yield url


@pytest.fixture
def pg_url(postgres_base_url) -> str:
    if postgres_base_url is None:
        pytest.skip("no PostgreSQL server or binaries on this machine (.ci/run installs them)")
    return fresh_database(postgres_base_url)
