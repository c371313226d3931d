"""The ninth blind batch: wordings from sources in no earlier batch, gathered
after the eighth joined the catalogue. Four helper sessions read them blind,
with the same brief and conventions as the earlier batches. Each wording was
read in the file named beside it; fills not read in the source are named in
each part's note. build.py adds it to the catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# Go storage engines and time-series storage (badger, bbolt, pebble, goleveldb, prometheus tsdb, VictoriaMetrics lib/storage+mergeset+fs): snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (the string, its wrapper's format and the Error() it is printed through), placeholders filled plausibly.
def _part_q(add):
    _badger(add)
    _bbolt(add)
    _pebble(add)
    _goleveldb(add)
    _prometheus_tsdb(add)
    _victoriametrics(add)


def _badger(add):
    # dgraph-io/badger @34dba21: errors.go sentinels; y.Wrap/Wrapf print "<msg> err: <inner>" (y/error.go, debugMode off).
    R = "dgraph-io/badger"
    for typ, m in [(U, "Transaction Conflict. Please retry"),
                   (U, "Txn is too big to fit into one request"),
                   (U, "Writes are blocked, possibly due to DropAll or Close"),
                   (U, "DB Closed"),
                   (A, "Encryption key mismatch")]:
        add(R, "errors.go", typ, m)
    add(R, "memtable.go", S, "end offset: 1048576 < size: 2097152 err: Log truncate required to run DB. This might result in data loss")
    add(R, "key_registry.go", A, "During OpenKeyRegistry err: Encryption key's length should beeither 16, 24, or 32 bytes")
    add(R, "dir_unix.go", S, 'Cannot acquire directory lock on "/var/lib/stemedb/badger".  Another process is using this Badger database. err: resource temporarily unavailable')
    add(R, "db.go", S, 'Error Creating Dir: "/var/lib/stemedb/badger" err: mkdir /var/lib/stemedb/badger: permission denied')
    add(R, "db.go", U, "Cannot have 1 compactor. Need at least 2")
    for typ, m in [(Z, "manifest has bad magic"),
                   (Z, "manifest has checksum mismatch"),
                   (Z, "Buffer length: 3355443 greater than file size: 4096. Manifest file might be corrupted")]:
        add(R, "manifest.go", typ, m)
    add(R, "table/table.go", Z, "checksum validation failed for table: /var/lib/stemedb/badger/000123.sst, block: 4, offset:16384 err: checksum mismatch")
    add(R, "value.go", Z, "value corrupted for vp: {Fid:5 Len:1054 Offset:204800} err: checksum mismatch")
    add(R, "value.go", S, "Unable to open log dir.. Path=/var/lib/stemedb/badger. Error=open /var/lib/stemedb/badger: too many open files")
    add(R, "levels.go", S, "file does not exist for table 123")


def _bbolt(add):
    # etcd-io/bbolt @4e65d8f: errors/errors.go sentinels; db.go wrappers and logger lines; internal/freelist panics.
    R = "etcd-io/bbolt"
    for typ, m in [(Z, "invalid database"),
                   (Z, "version mismatch"),
                   (U, "tx closed"),
                   (U, "bucket not found"),
                   (U, "key too large"),
                   (S, "database reached maximum size")]:
        add(R, "errors/errors.go", typ, m)
    for typ, m in [(T, "failed to lock db file (/var/lib/stemedb/meta.db), readonly: false, error: timeout"),
                   (S, "failed to open db file (/var/lib/stemedb/meta.db): open /var/lib/stemedb/meta.db: permission denied"),
                   (Z, "both meta pages are invalid, meta0: invalid database, meta1: checksum error"),
                   (S, "file resize error: truncate /var/lib/stemedb/meta.db: no space left on device"),
                   (S, "bolt.Close(): funlock error: bad file descriptor")]:
        add(R, "db.go", typ, m)
    add(R, "internal/freelist/shared.go", U, "page 4242 already freed")
    add(R, "internal/common/page.go", U, "assertion failed: Page expected to be: 12, but self identifies as 0")


def _pebble(add):
    # cockroachdb/pebble @f82e3ff: cockroachdb/errors Wrapf prints "<msg>: <cause>"; CorruptionErrorf keeps its text.
    R = "cockroachdb/pebble"
    add(R, "record/record.go", Z, "pebble/record: invalid chunk")
    add(R, "recovery.go", Z, "pebble: error when replaying WAL: pebble/record: unexpected EOF")
    add(R, "recovery.go", Z, "pebble: corrupt wal 000456 (offset (/var/lib/stemedb/data/000456.log: 1048576))")
    add(R, "sstable/table.go", Z, "pebble/table: invalid table 000123: (bad magic number: 0x0000000000000000)")
    add(R, "sstable/block/block.go", Z, "block 16384/4021: crc32c checksum mismatch 8a9136aa != 5c3f2e01")
    add(R, "internal/manifest/version_edit.go", Z, "MANIFEST: unknown tag: 104")
    add(R, "format_major_version.go", Z, "written in unknown format major version 27")
    add(R, "db.go", U, "pebble: closed")
    add(R, "compaction.go", U, "pebble: compaction cancelled by a concurrent operation, will retry compaction")
    add(R, "batch.go", U, "pebble: batch too large: >= 4.0GB")
    add(R, "open.go", S, 'dirname="/var/lib/stemedb/data": pebble: database does not exist')
    add(R, "options.go", U, 'pebble: comparer name from file "leveldb.BytewiseComparator" != comparer name from options "stemedb.Comparator"')
    add(R, "wal/failover_manager.go", S, 'secondary directory "/mnt/wal-secondary" has identifier "b3f1c2d4" but expected "9a8e7f6d" - wrong disk may be mounted')
    add(R, "vfs/file_lock_unix.go", S, "lock held by current process")
    add(R, "vfs/disk_health.go", T, "disk slowness detected: sync on file /var/lib/stemedb/data/000456.log has been ongoing for 5.2s")
    add(R, "event.go", S, "available disk space under 5% (2.1GB of 100GB)")
    add(R, "version_set.go", S, "MANIFEST sync failed: sync /var/lib/stemedb/data/MANIFEST-000012: input/output error")


def _goleveldb(add):
    # syndtr/goleveldb @126854a: errors.ErrCorrupted prints "<err> [file=<fd>]" when the file is known (leveldb/errors/errors.go).
    R = "syndtr/goleveldb"
    add(R, "leveldb/table/reader.go", Z, "leveldb/table: corruption on data-block (pos=163840): checksum mismatch, want=0x8a9136aa got=0x5c3f2e01 [file=000123.ldb]")
    add(R, "leveldb/table/reader.go", Z, "leveldb/table: corruption on table-footer (pos=2097104): bad magic number [file=000123.ldb]")
    add(R, "leveldb/journal/journal.go", Z, "leveldb/journal: block/chunk corrupted: zero header (32768 bytes) [file=000456.log]")
    add(R, "leveldb/session.go", Z, "leveldb: manifest corrupted (field 'comparer'): mismatch: want 'leveldb.BytewiseComparator', got 'stemedb.Comparator' [file=MANIFEST-000005]")
    add(R, "leveldb/batch.go", Z, "leveldb: batch corrupted: bad record: invalid key length")
    add(R, "leveldb/storage/file_storage.go", Z, "leveldb/storage: corrupted or incomplete CURRENT file")
    add(R, "leveldb/storage/file_storage.go", S, "leveldb/storage: open /var/lib/stemedb/data: not a directory")
    add(R, "leveldb/storage/storage.go", S, "leveldb/storage: already locked")
    add(R, "leveldb/errors/errors.go", S, "file missing")
    add(R, "leveldb/errors.go", U, "leveldb: closed")
    add(R, "leveldb/errors.go", U, "leveldb: snapshot released")
    add(R, "leveldb/table/writer.go", U, 'leveldb/table: Writer: keys are not in increasing order: "agent-0042", "agent-0041"')
    add(R, "leveldb/db_compaction.go", S, 'table@build error I·0 "open /var/lib/stemedb/data/000124.ldb: no space left on device"')


def _prometheus_tsdb(add):
    # prometheus/prometheus @d15adb9, tsdb package: fmt.Errorf("...: %w") chains; wlog.CorruptionErr and chunks.CorruptionErr Error().
    R = "prometheus/prometheus"
    add(R, "tsdb/wlog/wlog.go", Z, "corruption in segment /var/lib/stemedb/tsdb/wal/00000042 at 1048576: unexpected checksum 8a9136aa, expected 5c3f2e01")
    add(R, "tsdb/wlog/reader.go", Z, "corruption in segment /var/lib/stemedb/tsdb/wal/00000042 at 32768: last record is torn")
    add(R, "tsdb/wlog/wlog.go", U, "wlog is closed")
    add(R, "tsdb/wlog/wlog.go", S, "create new segment file: open /var/lib/stemedb/tsdb/wal/00000043: no space left on device")
    add(R, "tsdb/head.go", S, "create checkpoint: create checkpoint dir: mkdir /var/lib/stemedb/tsdb/wal/checkpoint.00000041.tmp: permission denied")
    add(R, "tsdb/chunks/head_chunks.go", Z, "corruption in head chunk file /var/lib/stemedb/tsdb/chunks_head/000007: checksum mismatch expected:8a9136aa, actual:5c3f2e01")
    add(R, "tsdb/chunks/head_chunks.go", S, "corruption in head chunk file /var/lib/stemedb/tsdb/chunks_head/000009: head chunk file index 9 does not exist on disk")
    add(R, "tsdb/chunks/head_chunks.go", Z, "/var/lib/stemedb/tsdb/chunks_head/000003: invalid magic number 0")
    add(R, "tsdb/db.go", Z, "corrupted block 01J5Z8Q3R4T6V8W0X2Y4Z6A8B0: unknown index file version 3")
    add(R, "tsdb/tombstones/tombstones.go", Z, "corrupted block 01J5Z8Q3R4T6V8W0X2Y4Z6A8B0: checksum did not match")
    add(R, "tsdb/tsdbutil/dir_locker.go", S, "lock DB directory: resource temporarily unavailable")
    add(R, "tsdb/db.go", U, "TSDB not ready")
    add(R, "tsdb/block.go", U, "block is closing")


def _victoriametrics(add):
    # VictoriaMetrics/VictoriaMetrics @b7ef6cc: lib/fs, lib/storage, lib/mergeset; logger.Panicf/Errorf/Warnf texts and fmt.Errorf chains.
    R = "VictoriaMetrics/VictoriaMetrics"
    add(R, "lib/fs/fs.go", S, 'FATAL: cannot create lock file: cannot acquire lock on file "/var/lib/stemedb/vm/flock.lock": resource temporarily unavailable; make sure a single process has exclusive access to "/var/lib/stemedb/vm"')
    add(R, "lib/fs/fs_unix.go", S, 'FATAL: cannot flush "/var/lib/stemedb/vm/data/small/2026_08" to storage: sync /var/lib/stemedb/vm/data/small/2026_08: input/output error')
    add(R, "lib/fs/reader_at.go", S, "FATAL: cannot open file for reading: open /var/lib/stemedb/vm/data/small/2026_08/1860D7E3B1C0A2F4/values.bin: too many open files; try increasing the limit on the number of open files via 'ulimit -n'")
    add(R, "lib/fs/dir_remover.go", T, "cannot stop dirRemover in 10s; the remaining partially deleted directories should be automatically removed on the next startup")
    add(R, "lib/fs/fscore/fscore.go", N, 'cannot fetch "http://10.0.0.12:8428/relabel.yml": Get "http://10.0.0.12:8428/relabel.yml": dial tcp 10.0.0.12:8428: connect: connection refused')
    add(R, "lib/fs/fscore/fscore.go", N, 'unexpected status code when fetching "http://10.0.0.12:8428/relabel.yml": 503, expecting 200; response: "service unavailable\\n"')
    add(R, "lib/fs/fscore/fscore.go", A, 'unexpected status code when fetching "http://10.0.0.12:8428/relabel.yml": 401, expecting 200; response: "Unauthorized\\n"')
    add(R, "lib/storage/partition.go", S, 'FATAL: part "/var/lib/stemedb/vm/data/small/2026_08/1860D7E3B1C0A2F4" is listed in "/var/lib/stemedb/vm/data/small/2026_08/parts.json", but is missing on disk; ensure "/var/lib/stemedb/vm/data/small/2026_08/parts.json" contents is not corrupted; remove "/var/lib/stemedb/vm/data/small/2026_08/1860D7E3B1C0A2F4" from "/var/lib/stemedb/vm/data/small/2026_08/parts.json" in order to restore access to the remaining data')
    add(R, "lib/storage/storage.go", S, "switching the storage at /var/lib/stemedb/vm to read-only mode, since it has less than -storage.minFreeDiskSpaceBytes=10000000 of free space: 8388608 bytes left")
    add(R, "lib/storage/storage.go", Z, "discarding /var/lib/stemedb/vm/cache/next_day_metric_ids_v3, since it has broken header; got 3 bytes; want 16 bytes")
    add(R, "lib/storage/storage.go", T, "deadline exceeded")
    add(R, "lib/storage/storage.go", U, 'warn occurred during rows addition: cannot insert row with too small timestamp 1690000000000; minimum allowed timestamp is 1750000000000; probably you need updating -retentionPeriod or -maxBackfillAge command-line flags; metricName: stemedb_raft_commit_latency{node="node2"}')
    add(R, "lib/storage/part_header.go", Z, 'FATAL: cannot parse "/var/lib/stemedb/vm/data/small/2026_08/1860D7E3B1C0A2F4/metadata.json": unexpected end of JSON input')
    add(R, "lib/storage/index_db.go", U, "the number of matching timeseries exceeds 300000; either narrow down the search or increase -search.max* command-line flag values (the most likely limit is -search.maxUniqueTimeseries); see https://docs.victoriametrics.com/victoriametrics/single-server-victoriametrics/#resource-usage-limits")
    add(R, "lib/mergeset/table.go", U, 'skipping adding too long item to indexdb: len(item)=70000; it shouldn\'t exceed 65536 bytes; item prefix="\\x01stemedb_blob_' + "x" * 114 + '"')

# libgit2/libgit2, rust-lang/git2-rs, rust-lang/cargo, astral-sh/uv and GitoxideLabs/gitoxide: snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (git_error_set format / #[error] / bail! / with_context text), placeholders filled plausibly; libgit2 texts with GIT_ERROR_OS carry strerror after ": ", and some are shown as git2-rs's Display prints them ("msg; class=Name (n); code=Name (n)", src/error.rs).
def _part_r(add):
    _libgit2(add)
    _git2_rs(add)
    _cargo(add)
    _uv(add)
    _gitoxide(add)


def _libgit2(add):
    # libgit2 C texts (git_error_set); the "; class=..; code=.." tails are git2-rs's Display of the
    # class and the return code the function gives (GIT_ELOCKED, GIT_EMISMATCH, GIT_ECERTIFICATE, ...).
    LG = "libgit2/libgit2"
    for typ, m, p in [
        (S, "failed to lock file '/var/lib/stemedb/git/FETCH_HEAD' for writing: ; class=Os (2); code=Locked (-14)",
         "src/util/filebuf.c"),
        (S, "failed to create locked file '/var/lib/stemedb/git/config.lock': Permission denied", "src/util/futils.c"),
        (S, "could not write to '/var/lib/stemedb/git/ORIG_HEAD': No space left on device", "src/util/futils.c"),
        (S, "failed to fsync '/var/lib/stemedb/git/objects/pack/pack-1f3a9c.idx.lock': Input/output error",
         "src/util/filebuf.c"),
        (S, "the index is locked; this might be due to a concurrent or crashed process; class=Index (10); code=Locked (-14)",
         "src/libgit2/index.c"),
        (S, "could not find repository at '/var/lib/stemedb/git'; class=Repository (6); code=NotFound (-3)",
         "src/libgit2/repository.c"),
        (S, "repository path '/var/lib/stemedb/git/' is not owned by current user; class=Config (7); code=Owner (-36)",
         "src/libgit2/repository.c"),
        (Z, "object hash mismatch - expected 8f1c2b7d9e0a4f3b6c5d1e2f3a4b5c6d7e8f9a0b but got "
            "3a9e1f02c4d5b6a7e8f90a1b2c3d4e5f6a7b8c9d; class=Odb (9); code=HashsumMismatch (-33)", "src/libgit2/odb.c"),
        (Z, "failed to parse loose object: invalid header", "src/libgit2/odb_loose.c"),
        (Z, "premature end of zlib stream; class=Zlib (5)", "src/util/zstream.c"),
        (Z, "failed to parse config file: missing ']' in section header (in /var/lib/stemedb/git/config:7)",
         "src/libgit2/config_parse.c"),
        (Z, "corrupted loose reference file: refs/heads/main", "src/libgit2/refdb_fs.c"),
        (N, "failed to resolve address for git.internal: Name or service not known; class=Net (12)",
         "src/libgit2/streams/socket.c"),
        (N, "failed to connect to 10.0.0.12: Connection refused; class=Os (2)", "src/libgit2/streams/socket.c"),
        (T, "failed to connect to 10.0.0.12: Operation timed out; class=Net (12)", "src/libgit2/streams/socket.c"),
        (T, "could not read from socket: timed out", "src/libgit2/streams/socket.c"),
        (N, "the SSL certificate is invalid; class=Ssl (16); code=Certificate (-17)", "src/libgit2/streams/openssl.c"),
        (N, "hostname does not match certificate", "src/libgit2/streams/openssl.c"),
        (A, "authentication required but no callback set; class=Ssh (23); code=Auth (-16)",
         "src/libgit2/transports/ssh_libssh2.c"),
        (A, "server requires authentication that we do not support", "src/libgit2/transports/http.c"),
        (U, "reference 'refs/heads/raft-snapshots' not found; class=Reference (4); code=NotFound (-3)",
         "src/libgit2/refdb_fs.c"),
        (U, "cannot set 'core.fsyncObjectFiles': the configuration is read-only", "src/libgit2/config.c"),
    ]:
        add(LG, p, typ, m)


def _git2_rs(add):
    # git2-rs's own texts (Error::from_str, From impls, panics); git2-curl's io errors reach
    # libgit2 through transport.rs set_err_io (GIT_ERROR_NET, code -2 so no code tail).
    G2 = "rust-lang/git2-rs"
    for typ, m, p in [
        (N, "failed to receive HTTP 200 response: got 503; class=Net (12)", "git2-curl/src/lib.rs"),
        (N, "expected a Content-Type header with `application/x-git-upload-pack-advertisement` but found "
            "`text/html`; class=Net (12)", "git2-curl/src/lib.rs"),
        (Z, "invalid url, failed to parse; class=Net (12)", "git2-curl/src/lib.rs"),
        (Z, "configuration value is not valid utf8", "src/config.rs"),
        (Z, "data contained a nul byte that could not be represented as a string", "src/error.rs"),
        (U, "parent index out of bounds", "src/commit.rs"),
        (U, "repo path should not be empty", "src/util.rs"),
        (U, "an unknown git error occurred", "src/error.rs"),
        (U, "unknown diff status: 12", "src/diff.rs"),
    ]:
        add(G2, p, typ, m)


def _cargo(add):
    # anyhow context chains printed "context: source" ({:#}); multi-line texts kept with their newlines.
    CG = "rust-lang/cargo"
    for typ, m, p in [
        (S, "failed to read `/var/lib/stemedb/config/stemedb.toml`: No such file or directory (os error 2)",
         "crates/cargo-util/src/paths.rs"),
        (S, "failed to write `/var/lib/stemedb/data/000123.sst`: No space left on device (os error 28)",
         "crates/cargo-util/src/paths.rs"),
        (S, "failed to create directory `/var/lib/stemedb/data/wal`: Permission denied (os error 13)",
         "crates/cargo-util/src/paths.rs"),
        (S, "failed to remove file `/var/lib/stemedb/data/000119.sst`: Read-only file system (os error 30)",
         "crates/cargo-util/src/paths.rs"),
        (S, "failed to lock file: /var/lib/stemedb/data/LOCK: No locks available (os error 37)", "src/util/flock.rs"),
        (S, "failed to rename /var/lib/stemedb/data/MANIFEST.tmp to /mnt/stemedb/data/MANIFEST: "
            "Invalid cross-device link (os error 18)", "src/util/flock.rs"),
        (S, "failed to release lock: Os { code: 9, kind: Uncategorized, message: \"Bad file descriptor\" }",
         "src/util/flock.rs"),
        (S, "unable to read .cargo-ok file at \"/var/lib/stemedb/cache/stemedb-raft-0.4.2/.cargo-ok\": "
            "Permission denied (os error 13)", "src/sources/registry/mod.rs"),
        (Z, "failed to verify the checksum of `stemedb-raft v0.4.2`", "src/sources/registry/download.rs"),
        (Z, "lock file version `5` was found, but this version of Cargo does not understand this lock file, "
            "perhaps Cargo needs to be updated?", "src/resolver/encode.rs"),
        (Z, "cache expected 4 bytes for index schema version", "src/sources/registry/index/cache.rs"),
        (Z, "failed to convert header value of `etag` to string: [255, 254, 34, 49]",
         "src/util/network/http_async.rs"),
        (T, "transfer too slow: failed to transfer more than 10 bytes in 30s (transferred 0 bytes)",
         "src/util/network/http_async.rs"),
        (T, "unable to publish stemedb-api v0.4.2 and stemedb-raft v0.4.2 due to a timeout while waiting for "
            "published dependencies to be available.", "src/ops/registry/cargo_publish.rs"),
        (N, "spurious network error (2 tries remaining): failed to get successful HTTP response from "
            "`https://10.0.0.12:7000/index/config.json` (10.0.0.12), got 503\nbody:\nService Unavailable",
         "src/util/network/retry.rs"),
        (N, "network failure seems to have happened\nif a proxy or similar is necessary `net.git-fetch-with-cli` "
            "may help here\nhttps://doc.rust-lang.org/cargo/reference/config.html#netgit-fetch-with-cli",
         "src/sources/git/utils.rs"),
        (A, "failed to authenticate when downloading repository\n\n* attempted ssh-agent authentication, but no "
            "usernames succeeded: `git`\n\nif the git CLI succeeds then `net.git-fetch-with-cli` may help here\n"
            "https://doc.rust-lang.org/cargo/reference/config.html#netgit-fetch-with-cli", "src/sources/git/utils.rs"),
        (A, "credential not found", "credential/cargo-credential/src/error.rs"),
        (A, "no credential providers could handle the request", "src/util/auth/mod.rs"),
        (U, "attempting to update a git repository, but --offline was specified", "src/sources/git/utils.rs"),
        (U, "sparse registry url must end in a slash `/`: sparse+https://10.0.0.12:7000/index",
         "src/sources/registry/http_remote.rs"),
    ]:
        add(CG, p, typ, m)


def _uv(add):
    UV = "astral-sh/uv"
    for typ, m, p in [
        (N, "Could not connect, are you offline?", "crates/uv-client/src/error.rs"),
        (N, "Request failed after 3 retries in 12.4s", "crates/uv-client/src/error.rs"),
        (A, "Failed to fetch: `https://10.0.0.12:7000/simple/stemedb-raft/`: Server message: Unauthorized, "
            "Invalid or missing API token", "crates/uv-client/src/error.rs"),
        (Z, "Received some unexpected JSON from https://10.0.0.12:7000/simple/stemedb-raft/",
         "crates/uv-client/src/error.rs"),
        (Z, "Cache deserialization failed", "crates/uv-client/src/error.rs"),
        (S, "Failed to write to the client cache: No space left on device (os error 28)",
         "crates/uv-client/src/error.rs"),
        (U, "Package `stemedb-raft` was not found in the registry", "crates/uv-client/src/error.rs"),
        (U, "Network connectivity is disabled, but the requested data wasn't found in the cache for: `stemedb-raft`",
         "crates/uv-client/src/error.rs"),
        (T, "Timeout (300s) when waiting for lock on `stemedb-cache` at `/var/lib/stemedb/cache/.lock`, is another "
            "uv process running? You can set `UV_LOCK_TIMEOUT` to increase the timeout.",
         "crates/uv-fs/src/locked_file.rs"),
        (S, "Could not acquire lock for `stemedb-cache` at `/var/lib/stemedb/cache/.lock`: Permission denied "
            "(os error 13)", "crates/uv-fs/src/locked_file.rs"),
        (S, "I/O operation failed during extraction: Input/output error (os error 5)", "crates/uv-extract/src/error.rs"),
        (Z, "Bad CRC (got 3a9e1f02, expected 8f1c2b7d) for file: stemedb/data/000123.sst",
         "crates/uv-extract/src/error.rs"),
        (U, "Archive contains a file with an unsupported compression method; files must be compressed with "
            "'stored', 'DEFLATE', or 'zstd'", "crates/uv-extract/src/error.rs"),
        (Z, "Size mismatch for `stemedb-raft==0.4.2`: expected 1048576 bytes, but downloaded 524288 bytes",
         "crates/uv-distribution/src/error.rs"),
        (T, "Failed to download distribution due to network timeout. Try increasing UV_HTTP_TIMEOUT "
            "(current value: 30s).", "crates/uv-distribution/src/distribution_database.rs"),
        (U, "The task executor is broken, did some other task panic?", "crates/uv-distribution/src/error.rs"),
        (A, "Failed to obtain OIDC token: is the `id-token: write` permission missing?",
         "crates/uv-publish/src/trusted_publishing.rs"),
        (A, "No OIDC token discovered: are you in a supported trusted publishing environment?",
         "crates/uv-publish/src/trusted_publishing.rs"),
        (Z, "Local file and index file do not match for stemedb_raft-0.4.2-py3-none-any.whl. Local: "
            "sha256=8f1c2b7d9e0a4f3b6c5d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b, Remote: "
            "sha256=3a9e1f02c4d5b6a7e8f90a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d", "crates/uv-publish/src/lib.rs"),
        (U, "`token` is required with `scheme = bearer`", "crates/uv-auth/src/store.rs"),
    ]:
        add(UV, p, typ, m)
    # A JWT without its signature segment: a signature that cannot be checked counts as a failed one
    # (the project's convention for "Invalid signature length").
    add(UV, "crates/uv-auth/src/pyx.rs", A, "JWT is missing a signature", True)


def _gitoxide(add):
    GX = "GitoxideLabs/gitoxide"
    for typ, m, p in [
        (S, "The lock for resource '/var/lib/stemedb/git/HEAD' could not be obtained immediately after 1 attempt(s). "
            "The lockfile at '/var/lib/stemedb/git/HEAD.lock' might need manual deletion.", "gix-lock/src/acquire.rs"),
        (S, "Another IO error occurred while obtaining the lock: Permission denied (os error 13)",
         "gix-lock/src/acquire.rs"),
        (S, "Could not open or map data at '/var/lib/stemedb/git/objects/3f/9a2c1d7e8b0f4a6c5d2e1f3b4a5c6d7e8f9a0b': "
            "Input/output error (os error 5)", "gix-odb/src/store_impls/loose/find.rs"),
        (S, "Could not write header to tempfile in '/var/lib/stemedb/git/objects': No space left on device (os error 28)",
         "gix-odb/src/store_impls/loose/write.rs"),
        (S, "The objects directory at '/var/lib/stemedb/git/objects' is not an accessible directory",
         "gix-odb/src/store_impls/dynamic/load_index.rs"),
        (Z, "file at '/var/lib/stemedb/git/objects/3f/9a2c1d7e8b0f4a6c5d2e1f3b4a5c6d7e8f9a0b' showed invalid size of "
            "inflated data, expected 1834, got 1210", "gix-odb/src/store_impls/loose/find.rs"),
        (Z, "Pack entry is truncated: need a pack entry header, got empty input", "gix-pack/src/data/entry/decode.rs"),
        (Z, "Failed to verify pack checksum in trailer", "gix-pack/src/data/input/types.rs"),
        (Z, "Index version 5 is not supported", "gix-index/src/decode/header.rs"),
        (Z, "Hash was 3a9e1f02c4d5b6a7e8f90a1b2c3d4e5f6a7b8c9d, but should have been "
            "8f1c2b7d9e0a4f3b6c5d1e2f3a4b5c6d7e8f9a0b", "gix-hash/src/verify.rs"),
        (Z, "The data received claims to be larger than the maximum allowed size: got 70000, exceeds 65516",
         "gix-packetline/src/decode.rs"),
        (Z, "URL \"https://10.0.0.12:notaport/stemedb/config.git\" can not be parsed as valid URL",
         "gix-url/src/parse.rs"),
        (N, "connection failed: Connection refused (os error 111)", "gix-transport/src/client/non_io_types.rs"),
        (N, "Received HTTP status 502", "gix-transport/src/client/blocking_io/http/reqwest/remote.rs"),
        (A, "The transport layer refuses to use a given identity: Will not send credentials in clear text over http",
         "gix-transport/src/client/non_io_types.rs"),
        (A, "Credentials for \"https://10.0.0.12:7000/stemedb/config.git\" could not be obtained",
         "gix-credentials/src/program/main.rs"),
        (U, "A request was performed without performing the handshake first",
         "gix-transport/src/client/non_io_types.rs"),
    ]:
        add(GX, p, typ, m)

# TLS, certificates and cryptography in C and Go: gnutls/gnutls, golang/crypto, lestrrat-go/jwx, cloudflare/circl, smallstep/certificates, FiloSottile/mkcert; snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry, placeholders filled plausibly.
def _part_s(add):
    # --- GnuTLS: gnutls_strerror() table (lib/errors.c) ---
    G = "gnutls/gnutls"
    for typ, m in [(N, "Could not negotiate a supported cipher suite."),
                   (N, "A packet with illegal or unsupported version was received."),
                   (N, "The TLS connection was non-properly terminated."),
                   (N, "A TLS fatal alert has been received."),
                   (N, "Error in the certificate verification."),
                   (N, "Peer has terminated the connection"),
                   (N, "No common application protocol could be negotiated."),
                   (T, "The operation timed out"),
                   (S, "Error while reading file."),
                   (Z, "Base64 decoding error."),
                   (Z, "ASN1 parser: Error in DER parsing."),
                   (Z, "The given string contains invalid UTF-8 characters."),
                   (A, "The username supplied is unknown."),
                   (A, "The private key is invalid."),
                   (U, "Internal error in memory allocation."),
                   (U, "An unimplemented or disabled feature has been requested.")]:
        add(G, "lib/errors.c", typ, m)
    add(G, "lib/errors.c", A, "Public key signature verification has failed.", True)
    add(G, "lib/errors.c", A, "The Message Authentication Code verification failed.", True)

    # --- golang.org/x/crypto ---
    C = "golang/crypto"
    for typ, m, p in [
            (A, "ssh: handshake failed: ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain", "ssh/client_auth.go"),
            (N, "ssh: handshake failed: read tcp 10.0.0.11:51234->10.0.0.12:22: read: connection reset by peer", "ssh/client.go"),
            (T, "ssh: handshake failed: read tcp 10.0.0.11:51236->10.0.0.12:22: i/o timeout", "ssh/client.go"),
            (N, 'ssh: no common algorithm for key exchange; we offered: ["curve25519-sha256" "ecdh-sha2-nistp256"], peer offered: ["diffie-hellman-group1-sha1"]', "ssh/common.go"),
            (A, "ssh: host key mismatch", "ssh/client.go"),
            (A, "knownhosts: key is unknown", "ssh/knownhosts/knownhosts.go"),
            (N, "ssh: tcpip-forward request denied by peer", "ssh/tcpip.go"),
            (A, "ssh: this private key is passphrase protected", "ssh/keys.go"),
            (Z, "ssh: invalid openssh private key format", "ssh/keys.go"),
            (Z, "ssh: unmarshal error for field ChanType of type channelOpenMsg", "ssh/messages.go"),
            (U, "ssh: session already started", "ssh/session.go"),
            (U, "acme/autocert: certificate cache miss", "acme/autocert/cache.go"),
            (N, "acme/autocert: expired certificate", "acme/autocert/autocert.go"),
            (Z, 'acme: invalid PEM cert type "PRIVATE KEY"', "acme/rfc8555.go"),
            (A, "crypto/bcrypt: hashedPassword is not the hash of the given password", "bcrypt/bcrypt.go"),
            (Z, "openpgp: invalid data: private key checksum failure", "openpgp/packet/private_key.go"),
            (N, "ocsp: error from server: try later", "ocsp/ocsp.go")]:
        add(C, p, typ, m)
    add(C, "ssh/keys.go", A, "ssh: signature did not verify", True)
    add(C, "ssh/cipher.go", A, "ssh: MAC failure", True)
    add(C, "chacha20poly1305/chacha20poly1305.go", A, "chacha20poly1305: message authentication failed", True)

    # --- lestrrat-go/jwx (v2) ---
    J = "lestrrat-go/jwx"
    for typ, m, p in [
            (A, '"exp" not satisfied', "jwt/validate.go"),
            (A, '"nbf" not satisfied', "jwt/validate.go"),
            (A, '"aud" not satisfied', "jwt/validate.go"),
            (A, '"sub" not satisfied: required claim not found', "jwt/validate.go"),
            (A, 'failed to find key with key ID "agent-0042" in key set', "jws/key_provider.go"),
            (Z, "invalid JWT", "jwt/jwt.go"),
            (Z, "failed to parse jws: invalid compact serialization format: invalid number of segments", "jws/jws.go"),
            (N, 'failed to fetch "https://auth.stemedb.internal/.well-known/jwks.json": Get "https://auth.stemedb.internal/.well-known/jwks.json": dial tcp 10.0.0.12:443: connect: connection refused', "jwk/fetch.go"),
            (N, 'failed to process response: non-200 response code "503 Service Unavailable"', "jwk/cache.go"),
            (U, "jwt.Parse: no keys for verification are provided (use jwt.WithVerify(false) to explicitly skip)", "jwt/jwt.go")]:
        add(J, p, typ, m)
    add(J, "jws/jws.go", A, "could not verify message using any of the signatures or keys", True)
    add(J, "jws/hmac.go", A, "failed to match hmac signature", True)
    add(J, "jws/ecdsa.go", A, "failed to verify signature using ecdsa", True)
    add(J, "jws/eddsa.go", A, "failed to match EdDSA signature", True)

    # --- cloudflare/circl ---
    CL = "cloudflare/circl"
    for typ, m, p in [
            (A, "hpke: invalid KEM public key", "hpke/hpke.go"),
            (U, "hpke: AEAD sequence number overflows", "hpke/hpke.go"),
            (Z, "wrong size for ciphertext", "kem/kem.go"),
            (Z, "group: error unmarshaling", "group/group.go"),
            (A, "oprf: proof verification failed", "oprf/oprf.go"),
            (Z, "no pem block found", "pki/pki.go"),
            (Z, "sign/slhdsa: failed to decode the signature", "sign/slhdsa/slhdsa.go"),
            (U, "rsa_threshold: insufficient shares for the threshold", "tss/rsa/rsa_threshold.go"),
            (U, "secretsharing: number of shares (n=3) must be above the threshold (t=3)", "secretsharing/ss.go")]:
        add(CL, p, typ, m)
    add(CL, "sign/bls/bls.go", A, "bls: invalid signature", True)

    # --- smallstep/certificates (step-ca) ---
    SC = "smallstep/certificates"
    for typ, m, p in [
            (A, "token already used", "authority/authorize.go"),
            (A, "jwk.authorizeToken; invalid jwk token audience claim (aud); want [https://ca.stemedb.internal:9000/1.0/sign https://ca.stemedb.internal:9000/sign], but got [https://10.0.0.12:9000/1.0/sign]", "authority/provisioner/jwk.go"),
            (A, "x5c.authorizeToken; certificate used to sign x5c token cannot be used for digital signature", "authority/provisioner/x5c.go"),
            (A, "gcp.authorizeToken; failed to validate gcp token payload - cannot find key for kid 8e0acf891e090091ef1a5e7e64bab280e95a5a7a", "authority/provisioner/gcp.go"),
            (A, "renew is disabled for provisioner 'agent-0042'", "authority/provisioner/controller.go"),
            (A, "The request lacked necessary authorization to be completed: certificate expired on 2026-08-20 14:05:00 +0000 UTC", "authority/provisioner/controller.go"),
            (A, "certificate request contains unauthorized DNS names - got [node2.stemedb.internal], allowed [*.prod.stemedb.internal]", "authority/provisioner/sign_options.go"),
            (A, "invalid challenge password provided", "authority/provisioner/scep.go"),
            (U, "requested duration of 2160h0m0s is more than the authorized maximum certificate duration of 24h1m0s", "authority/provisioner/sign_options.go"),
            (U, "notAfter cannot be in the past; na=2026-01-01 00:00:00 +0000 UTC", "authority/provisioner/sign_options.go"),
            (U, "cannot create an authority without a root certificate", "authority/authority.go"),
            (S, "Error opening database of Type bbolt: open /var/lib/step/db/step.db: permission denied", "db/db.go"),
            (S, "could not store CRL in database: write /var/lib/step/db/step.db: no space left on device", "authority/tls.go"),
            (Z, "error decoding PEM: data contains block that is not a certificate", "acme/db/nosql/certificate.go"),
            (N, "client POST https://ca.stemedb.internal:9000/sign failed: dial tcp 10.0.0.12:9000: connect: connection refused", "ca/client.go"),
            (N, "Webhook server responded with 502", "authority/provisioner/webhook.go"),
            (T, "client POST https://ca.stemedb.internal:9000/renew failed: context deadline exceeded (Client.Timeout exceeded while awaiting headers)", "ca/client.go")]:
        add(SC, p, typ, m)

    # --- FiloSottile/mkcert (log.Fatalf("ERROR: %s: %s", msg, err), log flags 0) ---
    MK = "FiloSottile/mkcert"
    for typ, m, p in [
            (S, "ERROR: failed to save certificate: open ./node2.stemedb.internal.pem: permission denied", "cert.go"),
            (S, "ERROR: failed to read the CA key: open /root/.local/share/mkcert/rootCA-key.pem: no such file or directory", "cert.go"),
            (S, "ERROR: failed to create the CAROOT: mkdir /root/.local/share/mkcert: read-only file system", "main.go"),
            (Z, "ERROR: failed to read the CSR: unexpected content", "cert.go"),
            (Z, "ERROR: failed to read the CSR: expected CERTIFICATE REQUEST, got PRIVATE KEY", "cert.go"),
            (Z, "ERROR: failed to parse the CA certificate: x509: malformed certificate", "cert.go"),
            (U, "ERROR: you can't set -install and -uninstall at the same time", "main.go"),
            (U, 'ERROR: "node_2!" is not a valid hostname, IP, URL or email', "main.go")]:
        add(MK, p, typ, m)
    add(MK, "cert.go", A, "ERROR: invalid CSR signature: crypto/rsa: verification error", True)

# Go database drivers (jackc/pgx, go-sql-driver/mysql, mattn/go-sqlite3, lib/pq, redis/go-redis, mongodb/mongo-go-driver, gocql/gocql): snapshots via fetch (git show HEAD:<path>), each wording read in the file named per entry (the errors.New / fmt.Errorf text, the Error() method that wraps it, or the logger line that prints it), placeholders filled plausibly; inner Go errors (dial tcp ...: connection refused, i/o timeout, strconv) are plausible fills.
def _part_t(add):
    _pgx(add)
    _mysql(add)
    _sqlite3(add)
    _pq(add)
    _go_redis(add)
    _mongo(add)
    _gocql(add)


def _pgx(add):
    # ConnectError "failed to connect to `user=%s database=%s`: " + perDialConnectError "%s (%s): %s" (pgconn/errors.go)
    # around the newPerDialConnectError / fmt.Errorf texts of pgconn/pgconn.go.
    R = "jackc/pgx"
    C = "failed to connect to `user=stemedb database=stemedb`: "
    H = C + "10.0.0.12:5432 (db-primary): "
    for typ, m, p in [
        (N, H + "dial error: dial tcp 10.0.0.12:5432: connect: connection refused", "pgconn/pgconn.go"),
        (N, C + "hostname resolving error: lookup db-primary on 127.0.0.53:53: no such host", "pgconn/pgconn.go"),
        (N, H + "tls error: server refused TLS connection", "pgconn/pgconn.go"),
        (T, H + "dial error: timeout: context deadline exceeded", "pgconn/errors.go"),
        (T, "timeout: context already done: context deadline exceeded", "pgconn/errors.go"),
        (N, "conn closed", "pgconn/pgconn.go"),
        (A, H + "failed SASL auth: channel binding required but server does not support SCRAM-SHA-256-PLUS",
         "pgconn/auth_scram.go"),
        (A, H + "require_auth check failed: authentication method requirement \"scram-sha-256\" failed: "
                "server requested password authentication", "pgconn/require_auth.go"),
        (A, H + "failed SASL auth: OAuth authentication failed: invalid_token", "pgconn/auth_oauth.go"),
        (Z, "cannot parse `host=db-primary user=stemedb connect_timeout=5s`: invalid connect_timeout "
            "(strconv.ParseInt: parsing \"5s\": invalid syntax)", "pgconn/config.go"),
        (Z, "can't scan into dest[2] (col: term): cannot scan NULL into *int64", "rows.go"),
        (U, "no rows in result set", "conn.go"),
    ]:
        add(R, p, typ, m)
    # hmac.Equal of the server's SCRAM ServerSignature failed: a MAC that did not verify.
    add(R, "pgconn/auth_scram.go", A,
        H + "failed SASL auth: invalid SCRAM ServerSignature received from server", True)


def _mysql(add):
    # errors.go vars; mc.log / Logger.Print lines carry the "[mysql] date time file:line " prefix
    # (connection.go log(), defaultLogger in errors.go).
    R = "go-sql-driver/mysql"
    for typ, m, p in [
        (N, "invalid connection", "errors.go"),
        (N, "[mysql] 2025/03/04 10:21:07 packets.go:58 read tcp 10.0.0.5:51234->10.0.0.12:3306: read: "
            "connection reset by peer", "packets.go"),
        (N, "[mysql] 2025/03/04 10:21:07 connection.go:803 closing bad idle connection: unexpected read from socket",
         "connection.go"),
        (N, "TLS requested but server does not support TLS", "errors.go"),
        (A, "this user requires clear text authentication. If you still want to use it, please add "
            "'allowCleartextPasswords=1' to your DSN", "errors.go"),
        (A, "unexpected resp from server for caching_sha2_password, perform full authentication", "auth.go"),
        (A, "[mysql] 2025/03/04 10:21:07 could not use requested auth plugin 'sha256_password': "
            "this authentication plugin is not supported", "connector.go"),
        (U, "commands out of sync. You can't run this command now", "errors.go"),
        (U, "packet for query is too large. Try adjusting the `Config.MaxAllowedPacket`", "errors.go"),
        # "malformed packet" (errors.go) left out: the catalogue holds the same text.
        (Z, "invalid DSN: missing the slash separating the database name", "dsn.go"),
        (Z, "invalid compressed packet: uncompressed length in header is 4096, actual 3977", "compress.go"),
    ]:
        add(R, p, typ, m)


def _sqlite3(add):
    # Error.Error() of error.go appends the system errno to sqlite3_errmsg for CANTOPEN / IOERR
    # (lastError in sqlite3.go); the rest are the driver's own texts.
    R = "mattn/go-sqlite3"
    for typ, m, p in [
        # Left out: "unable to open database file: no such file or directory" and "disk I/O
        # error: no space left on device" (error.go) start with SQLite's own texts, which the
        # catalogue holds from sqlite/sqlite.
        (A, "SQLITE_AUTH: Unauthorized", "sqlite3_opt_userauth.go"),
        (A, "SQLITE_AUTH: Unauthorized; Admin Privileges Required", "sqlite3_opt_userauth.go"),
        (U, "sqlite statement with already closed database connection", "sqlite3.go"),
        (U, "not enough args to execute query: want 3 got 2", "sqlite3.go"),
        (U, "Invalid _journal: WALL, expecting value of 'DELETE TRUNCATE PERSIST MEMORY WAL OFF'", "sqlite3.go"),
        (Z, "Invalid _busy_timeout: 5s: strconv.ParseInt: parsing \"5s\": invalid syntax", "sqlite3.go"),
        (U, "sqlite3: unsupported bind type []string", "sqlite3.go"),
        (U, "serialized database is too large (2147483648 bytes)", "sqlite3_opt_serialize.go"),
        (Z, "cannot convert string to INTEGER", "callback.go"),
    ]:
        add(R, p, typ, m)


def _pq(add):
    R = "lib/pq"
    for typ, m, p in [
        (N, "pq: SSL is not enabled on the server", "conn.go"),
        (N, "pq: could not connect to any of the hosts:\nconnecting to 10.0.0.12:5432: dial tcp 10.0.0.12:5432: "
            "connect: connection refused\nconnecting to 10.0.0.13:5432: dial tcp 10.0.0.13:5432: connect: "
            "no route to host", "conn.go"),
        (N, "pq: ListenerConn has been closed", "notify.go"),
        (A, "pq: authentication method requirement \"scram-sha-256\" failed: server requested \"md5\"", "conn.go"),
        (A, "pq: SCRAM-SHA-256 error: SCRAM-SHA-256 authentication error: invalid-proof", "internal/scram/scram.go"),
        (S, "pq: private key has world access; permissions should be u=rw,g=r (0640) if owned by root, "
            "or u=rw (0600), or less", "internal/pqutil/perm.go"),
        (S, "pq: service file \"/var/lib/stemedb/.pg_service.conf\" not found", "internal/pgservice/pgservice.go"),
        (U, "pq: could not complete operation in a failed transaction", "conn.go"),
        (U, "pq: got 70000 parameters but PostgreSQL only supports 65535 parameters", "conn.go"),
        (U, "pq: wrong value for \"sslmode\": \"verify\" is not supported; supported values are disable, allow, "
            "prefer, require, verify-full, or verify-ca", "connector.go"),
        (Z, "pq: unable to parse array; unexpected '}' at offset 14", "array.go"),
        (Z, "pq: invalid message format; expected string terminator", "buf.go"),
    ]:
        add(R, p, typ, m)
    # the server's SCRAM signature (v=) did not match the one computed: signature failure.
    add(R, "internal/scram/scram.go", A,
        "pq: SCRAM-SHA-256 error: cannot authenticate SCRAM-SHA-256 server signature: "
        "\"k3bXSzXJxAbqUJv1eeDKa5rWxFVX8zqz+pKuqYdmPvs=\"", True)


def _go_redis(add):
    # Logger lines carry the default logger's "redis: date time file:line: " prefix (internal/log.go).
    R = "redis/go-redis"
    LG = "internal/maintnotifications/logs/log_messages.go"
    for typ, m, p in [
        (U, "redis: nil", "internal/proto/reader.go"),
        (U, "redis: connection pool exhausted", "internal/pool/pool.go"),
        (T, "redis: connection pool timeout", "internal/pool/pool.go"),
        (T, "redis: timed out trying to mark connection as unusable", "internal/pool/pool.go"),
        (N, "redis: 2025/03/04 10:21:07 pool.go:762: redis: connection pool: failed to dial after 5 attempts: "
            "dial tcp 10.0.0.12:6379: connect: connection refused", "internal/pool/pool.go"),
        (N, "redis: all sentinels specified in configuration are unreachable", "sentinel.go"),
        (N, "redis: all ring shards are down", "ring.go"),
        (Z, "redis: can't parse int reply: \"+OK\"", "internal/proto/reader.go"),
        (Z, "redis: invalid URL scheme: http", "options.go"),
        (Z, "redis: invalid dial_timeout duration: time: invalid duration \"5x\"", "options.go"),
        (N, "conn[42] handoff failed to 10.0.0.13:6379 (attempt 2/3): dial tcp 10.0.0.13:6379: connect: "
            "connection refused", LG),
        (N, "circuit breaker opened for endpoint 10.0.0.13:6379 after 5 failures", LG),
    ]:
        add(R, p, typ, m)


def _mongo(add):
    # ConnectionError "connection(%s) " + messages joined by ": " (x/mongo/driver/topology/errors.go),
    # with the texts of x/mongo/driver/topology/connection.go; auth.Error "%s: %s" (x/mongo/driver/auth/auth.go).
    R = "mongodb/mongo-go-driver"
    TE = "x/mongo/driver/topology/errors.go"
    HS = "connection() error occurred during connection handshake: "
    for typ, m, p in [
        (N, HS + "failed to configure TLS for mongo-0.stemedb.internal:27017: tls: failed to verify certificate: "
                 "x509: certificate signed by unknown authority", "x/mongo/driver/topology/connection.go"),
        (N, HS + "failed to connect to mongo-0.stemedb.internal:27017: dial tcp: lookup mongo-0.stemedb.internal "
                 "on 127.0.0.53:53: no such host", "x/mongo/driver/topology/connection.go"),
        (N, "connection(mongo-0.stemedb.internal:27017[-12]) incomplete read of message header: connection closed "
            "unexpectedly by the other side: EOF", TE),
        (T, "connection(mongo-0.stemedb.internal:27017[-12]) incomplete read of message header: context deadline "
            "exceeded: client timed out waiting for server response: read tcp 10.0.0.5:50412->10.0.0.21:27017: "
            "i/o timeout", "x/mongo/driver/topology/connection.go"),
        (T, "timed out while checking out a connection from connection pool: context deadline exceeded; "
            "total connections: 100, maxPoolSize: 100, idle connections: 0, wait duration: 30.000412813s", TE),
        (T, "server selection error: context deadline exceeded, current topology: { Type: ReplicaSetNoPrimary, "
            "Servers: [{ Addr: mongo-1.stemedb.internal:27017, Type: RSSecondary, Average RTT: 1204312 }, "
            "{ Addr: mongo-2.stemedb.internal:27017, Type: RSSecondary, Average RTT: 983114 }, ] }", TE),
        (A, HS + "auth error: sasl conversation error: unable to authenticate using mechanism \"MONGODB-AWS\": "
                 "server nonce did not extend client nonce", "x/mongo/driver/auth/aws_sasl_adapter.go"),
        (A, "failed to get a valid response from Azure Identity Provider, http code: 401",
         "x/mongo/driver/auth/oidc.go"),
        (N, "OCSP verification failed: certificate is revoked", "x/mongo/driver/ocsp/ocsp.go"),
        (U, "client is disconnected", "mongo/errors.go"),
        (U, "this MongoDB deployment does not support retryable writes. Please add retryWrites=false to your "
            "connection string", "x/mongo/driver/errors.go"),
        (Z, "malformed OP_COMPRESSED: missing uncompressed size", "x/mongo/driver/operation.go"),
        (Z, "error parsing uri: scheme must be \"mongodb\" or \"mongodb+srv\"", "x/mongo/driver/connstring/connstring.go"),
        (Z, "error decoding key term: cannot decode string into an integer type", "bson/struct_codec.go"),
    ]:
        add(R, p, typ, m)


def _gocql(add):
    R = "gocql/gocql"
    for typ, m, p in [
        (T, "gocql: no response received from cassandra within timeout period", "conn.go"),
        (T, "gocql: too many query timeouts on the connection", "conn.go"),
        (T, "gocql: no response to connection startup within timeout", "conn.go"),
        (N, "gocql: connection closed waiting for response", "conn.go"),
        (N, "gocql: no hosts available in the pool", "session.go"),
        (N, "gocql: unable to create session: unable to connect to initial hosts: dial tcp 10.0.0.31:9042: "
            "connect: connection refused", "control.go"),
        (N, "2025/03/04 10:21:07 gocql: unable to dial control conn 10.0.0.32:9042: dial tcp 10.0.0.32:9042: "
            "connect: no route to host", "control.go"),
        (A, "authentication required (using \"org.apache.cassandra.auth.PasswordAuthenticator\")", "conn.go"),
        (A, "unexpected authenticator \"com.datastax.bdp.cassandra.auth.DseAuthenticator\"", "conn.go"),
        (Z, "gocql: unsupported protocol response version: 72", "frame.go"),
        (Z, "invalid UUID \"agent-0042\"", "uuid.go"),
        (U, "gocql: no streams available on connection", "conn.go"),
        (U, "gocql: not enough columns to scan into: have 2 want 3", "session.go"),
    ]:
        add(R, p, typ, m)

def holdout9(add):
    for part in (_part_q, _part_r, _part_s, _part_t):
        part(add)
