"""The Dask engine gives the single-machine result, records bad documents, survives lost workers.

One local cluster of two worker processes serves the module; the equivalence test
starts its own, as ``diplowire ingest --engine dask`` does without ``--scheduler``.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import SEEDS
from diplowire import Dossier
from diplowire.batch.deadline import Expired, time_limit
from diplowire.batch.ingest import extract_one, ingest
from diplowire.batch.queries import TABLES, write_tables
from diplowire.batch.scale import MERGED_TABLES, ingest_dask
from diplowire.batch.store import Store, as_json
from diplowire.cli import main
from diplowire.errors import EngineError, EngineNotInstalledError
from diplowire.options import Options

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import corpus

distributed = pytest.importorskip("distributed")
dask = pytest.importorskip("dask")
pq = pytest.importorskip("pyarrow.parquet")

GOOD = 45  # generated articles plus the five seeds
BAD = 2


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Generated articles, the seeds (reports of the same talks) and two bad files."""
    root = tmp_path_factory.mktemp("inputs")
    generated = corpus.write(root / "generated", GOOD - 5, seed=5)
    shutil.copytree(SEEDS, root / "seeds")
    (root / "bad").mkdir()
    (root / "bad" / "empty.txt").write_text("   \n")
    (root / "bad" / "binary.txt").write_bytes(bytes(range(256)) * 8)
    entries = [
        {**e, "path": f"generated/{e['path']}"} for e in json.loads(generated.read_text())
    ] + [
        {**e, "path": f"seeds/{e['path']}"}
        for e in json.loads((SEEDS / "manifest.json").read_text())
    ]
    manifest = root / "manifest.json"
    manifest.write_text(json.dumps(entries))
    return root, manifest


@pytest.fixture(scope="module")
def single_machine(inputs: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reference: the same inputs ingested in this process."""
    root, manifest = inputs
    db = tmp_path_factory.mktemp("local") / "news.db"
    summary = ingest([root], db, manifest=manifest, workers=0, progress=False)
    assert (summary.added, summary.failed) == (GOOD, BAD)
    return db


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    # Tasks left with no worker at all fail after a minute instead of hanging the suite.
    with (
        dask.config.set({"distributed.scheduler.no-workers-timeout": "60s"}),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as running,
    ):
        yield running


def _sorted_json(db: Path) -> str:
    """The store's merged dossier as JSON, failures in a fixed order (they are kept in
    the order they arrived, which differs between engines)."""
    with Store(db) as store:
        dossier = store.dossier()
    failures = sorted(dossier.failures, key=lambda f: f.model_dump_json())
    return as_json(dossier.model_copy(update={"failures": failures}))


def _rows(path: Path) -> list[str]:
    """A Parquet file or directory as sorted JSON rows, timestamps left out."""
    rows = pq.read_table(path).to_pylist()
    return sorted(
        json.dumps({k: v for k, v in row.items() if k not in ("ingested_at", "at", "id")})
        if "ingested_at" in row or "at" in row
        else json.dumps(row)
        for row in rows
    )


def test_dask_gives_the_single_machine_result_byte_for_byte(
    inputs: tuple[Path, Path], single_machine: Path, tmp_path: Path
) -> None:
    root, manifest = inputs
    db, parquet = tmp_path / "news.db", tmp_path / "pq"
    summary = ingest_dask(
        [root],
        db=db,
        parquet=parquet,
        manifest=manifest,
        workers=2,  # a LocalCluster of two worker processes, started and closed here
        partition_size=6,
        split_every=3,  # 8 partitions, merged 3 by 3, then the 3 results: a tree
        progress=False,
    )
    assert (summary.inputs, summary.added, summary.failed) == (GOOD + BAD, GOOD, BAD)
    assert _sorted_json(db) == _sorted_json(single_machine)

    # Every table of the two stores, and the Parquet output, agree row for row.
    reference, ours = tmp_path / "reference", tmp_path / "ours"
    with Store(single_machine) as store:
        write_tables(store, reference, "parquet")
    with Store(db) as store:
        write_tables(store, ours, "parquet")
    for table in TABLES:
        assert _rows(ours / f"{table}.parquet") == _rows(reference / f"{table}.parquet"), table
    for table in MERGED_TABLES:
        if (reference / f"{table}.parquet").exists():
            assert _rows(parquet / f"{table}.parquet") == _rows(reference / f"{table}.parquet")
    assert _rows(parquet / "articles") == _rows(reference / "articles.parquet")
    assert _rows(parquet / "failures") == _rows(reference / "failures.parquet")
    assert len(list((parquet / "articles").glob("part-*.parquet"))) == 8


def test_bad_documents_are_failure_rows_on_a_running_scheduler(
    inputs: tuple[Path, Path], cluster: Any, tmp_path: Path
) -> None:
    root, manifest = inputs
    db = tmp_path / "news.db"
    result = CliRunner().invoke(
        main,
        [
            "ingest", str(root), "--db", str(db), "-m", str(manifest), "--engine", "dask",
            "--scheduler", cluster.scheduler_address, "--batch-size", "10", "--no-progress",
        ],
    )  # fmt: skip
    assert result.exit_code == 1, result.output  # some inputs failed
    assert f"{GOOD} articles added" in result.output
    with Store(db) as store:
        assert store.counts()["articles"] == GOOD
        failures = {Path(f.source or "").name: f for f in store.failures()}
    assert set(failures) == {"empty.txt", "binary.txt"}
    assert failures["empty.txt"].error == "EmptyInputError"
    assert failures["binary.txt"].error == "BinaryInputError"


class _KillOnce(distributed.WorkerPlugin):  # type: ignore[misc]
    """Kills its worker process the first time an extraction task finishes, once per run."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
        if finish != "memory" or "_extract_partition" not in str(key):
            return
        try:
            os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return
        # The partition's Parquet files are written and its result is lost with the
        # process: the scheduler must run it again, and the rerun must add nothing.
        os.kill(os.getpid(), signal.SIGKILL)


def test_a_killed_worker_is_retried_and_nothing_is_doubled(
    inputs: tuple[Path, Path], single_machine: Path, cluster: Any, tmp_path: Path
) -> None:
    root, manifest = inputs
    marker = tmp_path / "killed"
    with distributed.Client(cluster) as client:
        client.register_plugin(_KillOnce(str(marker)), name="kill-once")
        try:
            summary = ingest_dask(
                [root],
                db=tmp_path / "news.db",
                parquet=tmp_path / "pq",
                manifest=manifest,
                scheduler=cluster.scheduler_address,
                partition_size=5,
                progress=False,
            )
        finally:
            client.unregister_worker_plugin("kill-once")
    assert marker.exists()  # a worker did die mid-run
    assert (summary.added, summary.failed) == (GOOD, BAD)
    assert _sorted_json(tmp_path / "news.db") == _sorted_json(single_machine)
    ids = [row["id"] for row in pq.read_table(tmp_path / "pq" / "articles").to_pylist()]
    assert len(ids) == len(set(ids)) == GOOD
    failures = pq.read_table(tmp_path / "pq" / "failures").to_pylist()
    assert len(failures) == BAD


def test_parquet_only_and_an_unreachable_scheduler(
    inputs: tuple[Path, Path], tmp_path: Path
) -> None:
    root, manifest = inputs
    with pytest.raises(ValueError, match="db"):
        ingest_dask([root], manifest=manifest)
    with (
        dask.config.set({"distributed.comm.timeouts.connect": "1s"}),
        pytest.raises(EngineError, match="cannot reach the Dask scheduler"),
    ):
        ingest_dask([root], parquet=tmp_path, scheduler="tcp://127.0.0.1:9", progress=False)
    result = CliRunner().invoke(main, ["ingest", str(root), "--parquet", str(tmp_path)])
    assert result.exit_code == 2 and "--engine dask" in result.output


def test_a_missing_extra_is_a_typed_error_naming_the_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    with pytest.raises(EngineNotInstalledError, match=r"pip install 'diplowire\[dask\]'"):
        ingest_dask([SEEDS], db=tmp_path / "news.db")
    assert issubclass(EngineNotInstalledError, ImportError)


# -- the time limit, which a Dask worker needs in a thread that is not the main one -------


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:  # Python bytecodes: where an expiry can be raised
        pass


def _in_thread(work: Any) -> Any:
    box: list[Any] = []
    thread = threading.Thread(target=lambda: box.append(work()))
    thread.start()
    thread.join()
    return box[0]


def test_time_limit_in_a_worker_thread_and_no_expiry_leaks() -> None:
    def run() -> tuple[float, int]:
        started = time.monotonic()
        try:
            with time_limit(0.1):
                _spin(5)
        except Expired:
            pass
        # The 5 s of work were cut short (a loaded machine may be slow to deliver it).
        elapsed = time.monotonic() - started
        late = 0
        for _ in range(300):  # deadlines racing the end of the work
            try:
                with time_limit(0.002):
                    _spin(0.002)
            except Expired:
                late += 1
        _spin(0.1)  # an expiry left pending would be raised here and fail the thread
        return elapsed, late

    elapsed, _ = _in_thread(run)
    assert elapsed < 2.5


def test_a_slow_document_in_a_thread_is_a_timeout_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    import diplowire.pipeline

    def slow(*args: object, **kwargs: object) -> Dossier:
        _spin(10)
        return Dossier()

    monkeypatch.setattr(diplowire.pipeline, "extract", slow)
    dossier = _in_thread(
        lambda: extract_one("slow.txt", manifest=None, timeout=0.2, options=Options())
    )
    assert [(f.stage, f.error) for f in dossier.failures] == [("timeout", "TimeoutError")]
