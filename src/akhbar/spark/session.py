"""Starting Spark: what the job and the loader need from a session, and a clear error when it cannot start.

PySpark is an optional extra and needs a Java runtime; without either, ``pyspark`` fails late with a
gateway error that names neither, so both are checked first. A local master (``local[2]``) is set up
for one machine: the driver binds to 127.0.0.1, there is no web UI, and Python workers run this
interpreter (so they see the same akhbar). On a cluster (``spark-submit --master yarn …``) nothing is
overridden: the session is the one spark-submit configured.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from akhbar.errors import ConfigError

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

log = logging.getLogger(__name__)

INSTALL_PYSPARK = "pip install 'akhbar[spark]'"
INSTALL_JAVA = "apt-get install default-jre-headless"


def require_spark() -> None:
    """Raise ``ConfigError`` naming what to install when PySpark or a Java runtime is missing."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise ConfigError(
            f"PySpark is not installed, and the Spark job needs it: run `{INSTALL_PYSPARK}`."
        ) from None
    if java_path() is None:
        raise ConfigError(
            f"no Java runtime found (no `java` on PATH, no $JAVA_HOME/bin/java), and Spark runs on one: "
            f"run `{INSTALL_JAVA}` (Java 17 or newer) or set JAVA_HOME."
        )


def java_path() -> str | None:
    """The ``java`` Spark would start: ``$JAVA_HOME/bin/java``, else the one on ``PATH``."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def spark_session(master: str | None = None, *, app_name: str = "akhbar") -> SparkSession:
    """The active Spark session, or a new one on ``master`` (default ``local[*]``).

    Under spark-submit, or when a session already runs (a test's), that configuration is used as it
    is and ``master`` has no effect.
    """
    require_spark()
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = SparkSession.builder.appName(app_name)
    if "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit: this process starts Spark
        chosen = master or "local[*]"
        builder = builder.master(chosen)
        if chosen.startswith("local"):
            # read from the environment by the JVM launcher and by the context that starts workers
            os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
            for key, value in _LOCAL_CONFIG.items():
                builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    log.info("Spark %s on %s", session.version, session.sparkContext.master)
    return session


_LOCAL_CONFIG = {
    "spark.ui.enabled": "false",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.driver.host": "127.0.0.1",
    "spark.ui.showConsoleProgress": "false",
}
