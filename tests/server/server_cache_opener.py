"""A second program opening a project of the server, for the tests of the cache's lock (run as a script).

    python server_cache_opener.py open CONNINFO PROJECT TARGET GO_FILE
        prints "ready", waits for GO_FILE, opens the project into TARGET with open_checkout and prints
        one JSON line: {"from_cache": ..., "waited": ...} (waited: it reported waiting for another opening);
    python server_cache_opener.py hold CONNINFO PROJECT
        takes the cache's lock, prints "held" and sleeps until killed.

CLUSTERDESK_DATA_DIR names the data folder, and so the cache, shared with the test.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from clusterdesk.io.server.address import ServerAddress
from clusterdesk.io.server.checkout_cache import cache_path, open_checkout
from clusterdesk.io.server.checkout_lock import cache_locked


def main(action: str, conninfo: str, project: str, *rest: str) -> None:
    address = ServerAddress(conninfo, project)
    if action == "hold":
        with cache_locked(cache_path(address), 0) as held:
            assert held
            print("held", flush=True)
            time.sleep(600)
        return
    target, go = Path(rest[0]), Path(rest[1])
    texts: list[str] = []
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.002)
    opened = open_checkout(address, target, lambda _fraction, text: texts.append(text))
    waited = any(text.startswith("Waiting for another opening") for text in texts)
    print(json.dumps({"from_cache": opened.from_cache, "waited": waited}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
