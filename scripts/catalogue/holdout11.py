"""The eleventh blind batch: wordings from sources in no earlier batch, gathered
after the tenth joined the catalogue. Four helper sessions read them blind,
with the same brief and conventions as the earlier batches. Each wording was
read in the file named beside it; fills not read in the source are named in
each part's note. build.py adds it to the catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401

# Rust database and stream-processing engines: readysettech/readyset, ArroyoSystems/arroyo, GlareDB/glaredb, cozodb/cozo (snapshots via fetch, read with git show) and MaterializeInc/materialize (too large to fetch; files read with read_file); each message read in the file named per entry, placeholders filled plausibly.
def _part_y(add):
    # --- ReadySet (readyset-errors ReadySetError Display, thiserror) ---
    R = "readysettech/readyset"
    for typ, m in [
        (N, "Could not connect to the upstream database provided"),
        (N, "Transport receive failed"),
        (N, "TCP send error: Connection reset by peer (os error 104)"),
        (Z, "Failed to (de)serialize: EOF while parsing a value at line 1 column 4096"),
        (T, "Upquery timeout"),
        (U, "This instance is not the leader"),
        (U, "Controller is recovering"),
        (N, "The Readyset Controller could not be reached"),
        (N, "Connection to the upstream database was lost: Connection reset by peer (os error 104)"),
        (N, "TLS error: error:0A000086:SSL routines:tls_post_process_server_certificate:certificate verify failed:ssl/statem/statem_clnt.c:1889: (unable to get local issuer certificate)"),
        (Z, "URL parse failed: relative URL without a base"),
        (N, "server sent a response the client did not expect"),
    ]:
        add(R, "readyset-errors/src/lib.rs", typ, m)
    # PersistentState (RocksDB-backed base tables); release build, so no location prefix
    for typ, m in [
        (S, "Failed to remove rocksdb directory: Permission denied (os error 13)"),
        (S, "Internal error: Write failed: IO error: No space left on device: While appending to file: /var/lib/stemedb/data/000123.log: No space left on device"),
    ]:
        add(R, "dataflow-state/src/persistent_state/mod.rs", typ, m)
    add(R, "psql-srv/src/error.rs", Z, "decode error: unexpected message end")
    add(R, "database-utils/src/error.rs", T, "Upstream query timeout")
    add(R, "database-utils/src/error.rs", Z, "Invalid database URL format; database URLs must start with either mysql:// or postgresql://")
    add(R, "reader-map/src/error.rs", U, "The map has been destroyed")

    # --- Arroyo ---
    AR = "ArroyoSystems/arroyo"
    for typ, m in [
        (Z, "error deserializing data: expected value at line 1 column 1 (3 times)"),
        (N, "error with external system: Connection refused (os error 111)"),
        (A, "failed to load credentials: no credentials found in environment"),
        (Z, "unsupported state version for table k: found version 3, expected 2"),
        (Z, "protobuf decode error: failed to decode Protobuf message: buffer underflow"),
    ]:
        add(AR, "crates/arroyo-rpc/src/errors.rs", typ, m)
    add(AR, "crates/arroyo-state-protocol/src/store.rs", Z,
        "failed to decode protocol object at checkpoints/job-42/epoch-7/manifest.json: EOF while parsing an object at line 1 column 812")
    for typ, m in [
        (N, "Error while reading messages from Kafka: Message consumption error: BrokerTransportFailure (Local: Broker transport failure)"),
        (Z, "Failed to parse message as UTF-8: Utf8Error { valid_up_to: 0, error_len: Some(1) }. Ensure that the format and schema type are correct."),
        (T, "timed out generating MSK oauth token Elapsed(())"),
    ]:
        add(AR, "crates/arroyo-connectors/src/kafka/mod.rs", typ, m)
    add(AR, "crates/arroyo-connectors/src/mqtt/mod.rs", N, "Disconnected from Mqtt")
    add(AR, "crates/arroyo-rpc/src/schema_resolver.rs", A, "invalid credentials for schema registry")
    for typ, m in [
        (A, "could not authenticate against the catalog with the provided token"),
        (A, "the provided token is not authorized for this catalog"),
        (N, "could not connect to REST catalog at http://10.0.0.12:8181"),
    ]:
        add(AR, "crates/arroyo-connectors/src/filesystem/iceberg.rs", typ, m)
    add(AR, "crates/arroyo-controller/src/states/scheduling.rs", T, "timed out after 120s while waiting for worker startup")
    add(AR, "crates/arroyo-worker/src/job_controller/mod.rs", N, "failed to connect to worker WorkerId(3) at http://10.0.0.12:6900")
    add(AR, "crates/arroyo-rpc/src/config.rs", S, "could not read key-file file: No such file or directory (os error 2)")
    add(AR, "crates/arroyo/src/main.rs", T, "Timed out waiting for database to connect after deadline has elapsed")

    # --- GlareDB (DbError Display: the message, no extra fields or source here) ---
    G = "GlareDB/glaredb"
    add(G, "crates/glaredb_ext_parquet/src/metadata/loader.rs", Z, "Invalid Parquet file. Corrupt footer")
    add(G, "crates/glaredb_ext_parquet/src/metadata/loader.rs", Z,
        "'/var/lib/stemedb/export/part-0001.parquet' it not a valid parquet file, too small")
    add(G, "crates/glaredb_ext_parquet/src/metadata/loader.rs", U, "Encrypted parquet files not yet supported")
    add(G, "crates/glaredb_core/src/runtime/filesystem/file_ext.rs", Z, "Unexpected EOF, read 512 bytes, expected to read 4096 bytes")
    add(G, "crates/glaredb_core/src/runtime/filesystem/memory.rs", S, "Cannot find file '/var/lib/stemedb/import/agents.csv'")
    add(G, "crates/glaredb_core/src/runtime/filesystem/dispatch.rs", U, "Could not find a filesystem to handle 'ftp://10.0.0.12/agents.csv'")
    add(G, "crates/glaredb_ext_csv/src/reader.rs", Z, "Expected 12 columns in file, got 9")
    add(G, "crates/glaredb_ext_csv/src/reader.rs", Z, "Failed to parse 'agent-0042' as Int64")
    add(G, "crates/glaredb_ext_csv/src/schema.rs", U, "Unable to infer CSV schema with no records")
    add(G, "crates/glaredb_http/src/s3/filesystem.rs", N, "Unexpected status code: 503 Service Unavailable")
    add(G, "crates/glaredb_http/src/handle.rs", N, "Expected status code 206 Partial Content for range request, got 200 OK")
    add(G, "crates/glaredb_http/src/filesystem.rs", N, "Missing Content-Length header for file")
    add(G, "crates/glaredb_http/src/gcs/credentials.rs", A, "Failed to create rsa key pair from pkcs8 key")
    add(G, "crates/glaredb_http/src/gcs/credentials.rs", A, "Failed to sign payload")
    add(G, "crates/glaredb_ext_iceberg/src/table/spec/manifest.rs", Z, "unknown manifest entry status: 5")
    add(G, "crates/glaredb_ext_iceberg/src/catalog/rest.rs", U, "Iceberg REST catalog create_schema not yet implemented")
    add(G, "crates/glaredb_ext_parquet/src/compression.rs", U, "Disabled feature at compile time: zstd")

    # --- CozoDB (miette / thiserror Display; cozorocks RocksDbStatus Display) ---
    C = "cozodb/cozo"
    for typ, m in [
        (S, "Failed to open RocksDB"),
        (Z, "failed to parse manifest"),
        (S, "failed to write manifest"),
        (S, "Commit failed"),
        (Z, "Unsupported storage version 2"),
        (U, "Transaction already committed"),
    ]:
        add(C, "cozo-core/src/storage/newrocks.rs", typ, m)
    add(C, "cozo-core/src/runtime/transact.rs", Z, "Version mismatch: expect storage version [0], got [1]")
    add(C, "cozo-core/src/runtime/transact.rs", Z,
        "Storage is used but un-versioned, probably created by an ancient version of Cozo.")
    add(C, "cozo-core/src/storage/mem.rs", U, "write in read transaction")
    add(C, "cozo-core/src/runtime/db.rs", U, "Running query is killed before completion")
    add(C, "cozo-core/src/runtime/relation.rs", Z, "Cannot deserialize relation")
    add(C, "cozo-core/src/runtime/hnsw.rs", Z, "corrupted index")
    add(C, "cozo-core/src/data/relation.rs", Z, "cannot decode string as base64-encoded bytes: Invalid symbol 36, offset 4.")
    add(C, "cozo-core/src/lib.rs", U, "database engine 'lmdb' not supported (maybe not compiled in)")
    for typ, m in [
        (Z, "RocksDB error: Corruption: block checksum mismatch: stored = 2324967102, computed = 2953824628 in /var/lib/stemedb/data/000123.sst offset 0 size 4096"),
        (S, "RocksDB error: IO error: No space left on device: While appending to file: /var/lib/stemedb/data/000124.log: No space left on device"),
        (S, "RocksDB error: IO error: While lock file: /var/lib/stemedb/data/LOCK: Resource temporarily unavailable"),
    ]:
        add(C, "cozorocks/src/bridge/mod.rs", typ, m)

    # --- Materialize (read_file; snapshot too large for fetch) ---
    M = "MaterializeInc/materialize"
    add(M, "src/persist/src/location.rs", T, "indeterminate: timeout at Instant { tv_sec: 88213, tv_nsec: 516703429 }")
    add(M, "src/persist/src/location.rs", S, "indeterminate: No space left on device (os error 28)")
    add(M, "src/persist/src/location.rs", S, "indeterminate: Permission denied (os error 13)")
    add(M, "src/persist/src/file.rs", S,
        "indeterminate: unexpectedly found directory while iterating through FileBlob: /var/lib/stemedb/persist/blob/tmp")
    add(M, "src/persist-client/src/error.rs", Z,
        "requested codecs (\"Row\", \"()\", \"u64\", \"i64\") did not match ones in durable storage (\"SourceData\", \"()\", \"u64\", \"i64\")")
    add(M, "src/storage-types/src/errors.rs", U,
        "record with NULL key in UPSERT source; to retract this error, produce a record upstream with a NULL key and NULL value")
    add(M, "src/ore/src/netio/dns.rs", N, "Address did not resolve to any IPs")
    for typ, m, sig in [
        (A, "authentication token expired", False),
        (A, "unauthorized organization", False),
        (A, "email in access token did not match the expected email", False),
        (A, "invalid token format: InvalidSignature", True),
    ]:
        add(M, "src/frontegg-auth/src/error.rs", typ, m, sig)
    for typ, m in [
        (T, "timed out before ingesting the source's visible frontier when real-time-recency query issued"),
        (U, "cannot write in read-only mode"),
        (U, "CLUSTER \"quickstart\" has no replicas available to service request"),
        (U, "creating table would violate max_tables limit (desired: 201, limit: 200, current: 200)"),
        (A, "login blocked"),
    ]:
        add(M, "src/adapter/src/error.rs", typ, m)
    add(M, "src/adapter/src/rbac.rs", A, "permission denied for TABLE materialize.public.agents")
    add(M, "src/adapter/src/rbac.rs", A, "permission denied to dump catalog")

# Rust embedded storage crates (tikv/agatedb, erikgrinaker/toydb, komora-io/marble, vincent-herlemont/native_db, khonsulabs/nebari, khonsulabs/bonsaidb, pjtatlow/jammdb, zkat/cacache-rs), read in HEAD snapshots via fetch (git show HEAD:<path>), files named per entry; placeholders filled plausibly.
def _part_z(add):
    # --- agatedb (Rust port of badger): thiserror Display in src/error.rs, texts built at the call sites ---
    AG = "tikv/agatedb"
    for typ, m in [(S, "IO error: Too many open files (os error 24)"),
                   (U, "Empty key"),
                   # "Invalid checksum" left out unscored: the test set holds the same text.
                   (U, "Database Closed"),
                   (S, "VLog Not Found: id=5"),
                   (U, "This transaction has been discarded. Create a new one")]:
        add(AG, "src/error.rs", typ, m)
    add(AG, "src/db/opt.rs", S, "Invalid Configuration: \"/var/lib/stemedb/agate\" doesn't exist")
    add(AG, "src/wal.rs", Z, "Invalid data: should be at least 2 bytes")
    add(AG, "src/value.rs", Z, "Error when reading from log: key length must not be larger than 1 << 16")
    add(AG, "src/value_log.rs", Z, "Invalid VP: ValuePointer { file_id: 5, len: 1054, offset: 204800 }, kvlen 512, 16..1070")
    add(AG, "src/table.rs", S, "Error when reading table: failed to initialize biggest for table /var/lib/stemedb/agate/000123.sst")
    add(AG, "src/table.rs", S, "Error when reading table: out of range, offset=4194304, size=4096, len=4190000")
    for typ, m in [(Z, "bad magic text"),
                   (Z, "buffer length greater than file size"),
                   (Z, "manifest invalid, table 123 exists")]:
        add(AG, "src/manifest.rs", typ, m)
    add(AG, "src/manifest.rs", S, "Error when creating file in read-only mode: /var/lib/stemedb/agate/MANIFEST")
    add(AG, "src/levels.rs", U, "only compactor zero can compact L0 to L0")
    add(AG, "src/db.rs", U, "Writes are blocked, possibly due to dropping all data or close")
    add(AG, "src/ops/transaction.rs", U, "No sets or deletes are allowed in a read-only transaction.")
    add(AG, "src/ops/transaction.rs", U, "commit_ts cannot be zero.")

    # --- toydb: Error Display in src/error.rs ("invalid data: ", "invalid input: ", "io error: "), server/bitcask log lines ---
    TD = "erikgrinaker/toydb"
    for typ, m in [(U, "operation aborted"), (U, "read-only transaction"),
                   (U, "serialization failure, retry transaction")]:
        add(TD, "src/error.rs", typ, m)
    add(TD, "src/storage/bitcask.rs", S, "io error: file \"/var/lib/stemedb/raft/log\" is already is use")
    add(TD, "src/storage/bitcask.rs", S, "Found incomplete entry at offset 8192, truncating file")
    add(TD, "src/storage/bitcask.rs", S, "failed to flush file: io error: No space left on device (os error 28)")
    add(TD, "src/encoding/keycode.rs", Z, "invalid data: unexpected trailing bytes [1, ff] at end of key [2, 0, 0, 0, 0, 0, 0, 0, 5, 1, ff]")
    add(TD, "src/encoding/keycode.rs", Z, "invalid data: insufficient bytes, expected 8 bytes for [0, 0, 0, 3]")
    add(TD, "src/sql/types/value.rs", Z, "invalid data: not an integer: 'agent-0042'")
    add(TD, "src/storage/mvcc.rs", U, "invalid input: version 42 does not exist")
    add(TD, "src/raft/node.rs", U, "invalid input: node ID 2 can't be in peers")
    add(TD, "src/sql/parser/lexer.rs", Z, "invalid input: unexpected end of string literal")
    add(TD, "src/raft/log.rs", U, "commit index regression 12 \u2192 11")
    for typ, m in [(N, "Failed connecting to Raft peer 10.0.0.12:9705: Connection refused (os error 111)"),
                   (N, "Failed sending to Raft peer 10.0.0.13:9705: io error: Broken pipe (os error 32)"),
                   (N, "Raft peer 10.0.0.14:53012 error: io error: Connection reset by peer (os error 104)"),
                   (U, "Raft peer channel full, dropping message"),
                   (S, "Client accept failed: Too many open files (os error 24)")]:
        add(TD, "src/server.rs", typ, m)

    # --- marble (object store under sled): io::Error texts and log lines ---
    MB = "komora-io/marble"
    add(MB, "src/config.rs", U, "Config's target_file_size must be non-zero")
    add(MB, "src/gc.rs", Z, "corrupt object size or configured max_object_size has gone down since this object was written")
    add(MB, "src/readpath.rs", Z, "corrupted length detected")
    add(MB, "src/readpath.rs", Z, "crc mismatch when reading object at offset 8212 in file 8192")
    add(MB, "src/writepath.rs", U, "42 in write batch has a size of 33554432, which is larger than the configured `max_object_size` of 16777216. If this is intentional, please increase the configured `max_object_size`.")
    add(MB, "src/lib.rs", S, "failed to remove empty FileAndMetadata on drop: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }")
    add(MB, "src/recovery.rs", S, "removing heap file that was not fully written before the last crash: \"/var/lib/stemedb/marble/heap/17-tmp\"")

    # --- native_db (on redb): thiserror Display in src/db_type/error.rs ---
    ND = "vincent-herlemont/native_db"
    for typ, m in [(S, "Redb database error"), (S, "Redb storage error"), (S, "Redb commit error"),
                   (U, "Table definition not found 1_1_id"),
                   (U, "Secondary key constraint mismatch 1_1_id 1_1_email got: KeyOptions { unique: false, optional: true }"),
                   (U, "The secondary key 1_1_email is not unique "),
                   (U, "Key not found [0, 0, 0, 0, 0, 0, 0, 42]"),
                   (U, "Duplicate key for \"1_1_id\""),
                   (U, "Mismatched key type for \"1_1_id\" expected [\"u64\"] got [\"String\"] during \"get\""),
                   (Z, "Inccorect input data it does not match the model")]:
        add(ND, "src/db_type/error.rs", typ, m)
    add(ND, "src/db_type/upgrade_required_error.rs", Z,
        "Database upgrade required:\n  - Native DB: 0.7.1 \u2192 0.8.1\n  - Native Model: 0.4.14 \u2192 0.4.19")

    # --- nebari (bonsaidb's storage layer): ErrorKind Display in nebari/src/error.rs ---
    NB = "khonsulabs/nebari"
    for typ, m in [(S, "io error: Input/output error (os error 5)"),
                   (U, "tree name not valid"),
                   (Z, "an internal error occurred: an unexpected byte length was encountered"),
                   (U, "the file has been compacted. reopen the file and try again")]:
        add(NB, "nebari/src/error.rs", typ, m)
    add(NB, "nebari/src/tree/mod.rs", Z, "an unrecoverable error with the data on disk has been found: crc32 failure on chunk at position 40960")
    add(NB, "nebari/src/tree/unversioned.rs", Z, "an unrecoverable error with the data on disk has been found: Header reported index size 4096, but data has 2048 remaining")
    add(NB, "nebari/src/transaction/log.rs", Z, "an unrecoverable error with the data on disk has been found: No entries found in an existing transaction log")
    add(NB, "nebari/src/transaction/log.rs", S, "Transaction log has 1024 extra bytes. Truncating.")
    add(NB, "nebari/src/roots.rs", S, "'\"/var/lib/stemedb/nebari\"' already exists, but is not a directory.")

    # --- bonsaidb (document DB on nebari): core / local / client / server error enums ---
    BD = "khonsulabs/bonsaidb"
    add(BD, "crates/bonsaidb-local/src/error.rs", S, "error from storage: io error: No space left on device (os error 28)")
    add(BD, "crates/bonsaidb-local/src/error.rs", U, "a core error occurred: database 'raft' was not found")
    add(BD, "crates/bonsaidb-local/src/error.rs", A, "a core error occurred: invalid credentials")
    add(BD, "crates/bonsaidb-local/src/vault.rs", A, "a vault error occurred: vault key not found")
    add(BD, "crates/bonsaidb-local/src/vault.rs", A, "a vault error occurred: error from vault key storage: vault key storage failed to return the same stored key during initialization")
    add(BD, "crates/bonsaidb-local/src/vault.rs", S, "a vault error occurred: error occurred while initializing: error reading master keys: Os { code: 13, kind: PermissionDenied, message: \"Permission denied\" }")
    add(BD, "crates/bonsaidb-client/src/error.rs", T, "a networking error occurred: 'connection timeout'")
    add(BD, "crates/bonsaidb-client/src/error.rs", T, "a networking error occurred: 'request timeout'")
    add(BD, "crates/bonsaidb-client/src/error.rs", N, "a networking error occurred: 'unexpected disconnection'")
    add(BD, "crates/bonsaidb-client/src/error.rs", N, "server incompatible with client protocol version")
    add(BD, "crates/bonsaidb-client/src/client.rs", Z, "invalid url: 'unsupported scheme ftp'")
    add(BD, "crates/bonsaidb-server/src/error.rs", N, "a networking error occurred: 'Address already in use (os error 98)'")
    add(BD, "crates/bonsaidb-server/src/error.rs", N, "an error occurred during tls signing")

    # --- jammdb (bolt-style mmap KV): Display in src/errors.rs, InvalidDB texts from src/tx.rs ---
    JM = "pjtatlow/jammdb"
    for typ, m in [(U, "Bucket already exists"), (U, "Key / Value pair does not exist"),
                   (S, "IO Error: Resource temporarily unavailable (os error 11)"),
                   (U, "Sync Error: lock poisoned")]:
        add(JM, "src/errors.rs", typ, m)
    add(JM, "src/tx.rs", Z, "Invalid DB: Page 17 missing from unused_pages")
    add(JM, "src/tx.rs", Z, "Invalid DB: Leaf page 42 contains unsorted elements")

    # --- cacache (content-addressed disk cache): IoError/SerdeError display only their context string ---
    CC = "zkat/cacache-rs"
    CP = "/var/lib/stemedb/cache/content-v2/sha256/9f/86/d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    BK = "\"/var/lib/stemedb/cache/index-v5/a9/4a/8fe5ccb19ba61c4c0873d391e987982fbbd3\""
    add(CC, "src/content/read.rs", S, "Failed to open reader to " + CP)
    add(CC, "src/content/rm.rs", S, "Failed to remove cache file " + CP)
    add(CC, "src/content/write.rs", S, "Failed to persist cache contents while closing writer, at " + CP)
    add(CC, "src/index.rs", Z, "Failed to serialize entry with key `agent-0042/manifest`")
    add(CC, "src/index.rs", S, "Failed to read index bucket entries from " + BK)
    add(CC, "src/get.rs", U, "Entry not found for key \"agent-0042/manifest\" in cache \"/var/lib/stemedb/cache\"")

# Apache Arrow C++ (Status::ToString, incl. Flight, S3 filesystem, Parquet), Apache ORC C++, c-blosc2, brotli (C), libdeflate, and libzip (zlib-ng's wordings left out: they are zlib's) (in place of google/snappy, which has no message texts): newest snapshots via fetch, read with git show; each message read in the file named per entry, placeholders filled.
def _part_aa(add):
    # --- Apache Arrow C++: Status::ToString() is "<CodeAsString>: <msg>[. Detail: <detail>]" (cpp/src/arrow/status.cc) ---
    R = "apache/arrow"
    for typ, m in [(S, "IOError: Failed to open local file '/var/lib/stemedb/export/triples-000123.parquet'. Detail: [errno 2] No such file or directory"),
                   (S, "IOError: Cannot create directory '/var/lib/stemedb/export/2024-06-01'. Detail: [errno 13] Permission denied"),
                   (S, "IOError: Error writing bytes to file. Detail: [errno 28] No space left on device")]:
        add(R, "cpp/src/arrow/util/io_util.cc", typ, m)
    add(R, "cpp/src/arrow/filesystem/util_internal.cc", S,
        "IOError: Path does not exist '/var/lib/stemedb/export/triples-000124.arrow'. Detail: [errno 2] No such file or directory")
    add(R, "cpp/src/arrow/io/file.cc", Z, "IOError: File too short: expected to be able to read 65536 bytes, got 1024")
    add(R, "cpp/src/arrow/memory_pool.cc", U, "Out of memory: malloc of size 1073741824 failed")
    add(R, "cpp/src/arrow/array/builder_binary.h", U,
        "Capacity error: array cannot contain more than 2147483646 bytes, have 2147483712")
    add(R, "cpp/src/arrow/ipc/message.cc", Z, "IOError: Invalid IPC stream: negative continuation token")
    add(R, "cpp/src/arrow/ipc/reader.cc", Z, "Invalid: Not an Arrow file")
    add(R, "cpp/src/arrow/util/compression_snappy.cc", Z, "IOError: Corrupt snappy compressed data.")
    add(R, "cpp/src/arrow/util/compression_brotli.cc", Z, "IOError: Brotli decompress failed: _ERROR_FORMAT_PADDING_2")
    # Arrow's "IOError: zlib inflate failed: incorrect header check" left out: its
    # inner text is zlib's, a test-set source.
    add(R, "cpp/src/arrow/csv/parser.cc", Z,
        "Invalid: CSV parse error: Row #18: Expected 4 columns, got 3: node2,agent-0042,1718000000")
    add(R, "cpp/src/arrow/util/cancel.cc", U, "Cancelled: Operation cancelled")
    # Parquet (part of the Arrow C++ tree): ParquetException -> Status::IOError(e.what()) (cpp/src/parquet/exception.h)
    add(R, "cpp/src/parquet/file_reader.cc", Z,
        "Invalid: Parquet magic bytes not found in footer. Either the file is corrupted or this is not a parquet file.")
    add(R, "cpp/src/parquet/column_reader.cc", Z,
        "IOError: could not verify page integrity, CRC checksum verification failed for page_ordinal 3")
    add(R, "cpp/src/parquet/encryption/encryption_internal.cc", A, "IOError: Failed authentication")
    # Flight: TransportStatus::ToStatus(); FlightStatusDetail::ToString() is the code name
    for typ, m in [(N, "IOError: Flight returned unavailable error, with message: failed to connect to all addresses; last error: UNKNOWN: ipv4:10.0.0.12:7000: Failed to connect to remote host: Connection refused. Detail: Unavailable"),
                   (T, "IOError: Flight returned timeout error, with message: Deadline Exceeded. Detail: TimedOut"),
                   (A, "IOError: Flight returned unauthenticated error, with message: Invalid token. Detail: Unauthenticated"),
                   (A, "IOError: Flight returned unauthorized error, with message: agent-0042 may not call DoGet on triples. Detail: Unauthorized"),
                   (U, "Key error: Flight returned not found error, with message: unknown ticket triples-000123")]:
        add(R, "cpp/src/arrow/flight/transport.cc", typ, m)
    add(R, "cpp/src/arrow/flight/transport/grpc/util_internal.cc", U,
        "Invalid: gRPC returned resource exhausted error, with message: Received message larger than max (8388621 vs. 4194304)")
    # S3 filesystem: ErrorToStatus() in cpp/src/arrow/filesystem/s3_internal.h, prefixes from s3fs.cc
    for typ, m, sig in [(A, "IOError: When reading information for key 'snapshots/000123.sst' in bucket 'stemedb-backups': AWS Error ACCESS_DENIED during HeadObject operation: No response body.", False),
                        (A, "IOError: When uploading object with key 'snapshots/000123.sst' in bucket 'stemedb-backups': AWS Error SIGNATURE_DOES_NOT_MATCH during PutObject operation: The request signature we calculated does not match the signature you provided. Check your key and signing method. (Request ID: 17E2A5C3B9D1F0A4)", True),
                        (N, "IOError: When listing objects under key 'snapshots/' in bucket 'stemedb-backups': AWS Error NETWORK_CONNECTION during ListObjectsV2 operation: curlCode: 7, Couldn't connect to server", False),
                        (T, "IOError: When initiating multiple part upload for key 'snapshots/000124.sst' in bucket 'stemedb-backups': AWS Error REQUEST_TIMEOUT during CreateMultipartUpload operation: Your socket connection to the server was not read from or written to within the timeout period.", False)]:
        add(R, "cpp/src/arrow/filesystem/s3_internal.h", typ, m, sig)
    add(R, "cpp/src/arrow/filesystem/s3fs.cc", U, "IOError: Bucket 'stemedb-backups' not found")
    # GCS filesystem: ToArrowStatus() wraps "google::cloud::Status(<CODE>: <message>)"
    for typ, m in [(N, "IOError: google::cloud::Status(UNAVAILABLE: Retry policy exhausted in GetObjectMetadata: EasyPerform() - CURL error [7]=Couldn't connect to server)"),
                   (T, "IOError: google::cloud::Status(DEADLINE_EXCEEDED: Retry policy exhausted in ReadObject: Operation timed out after 60000 milliseconds with 0 bytes received)")]:
        add(R, "cpp/src/arrow/filesystem/gcsfs_internal.cc", typ, m)
    add(R, "cpp/src/arrow/io/hdfs.cc", N, "IOError: HDFS connection failed")
    add(R, "cpp/src/arrow/util/counting_semaphore.cc", T, "Invalid: Timed out waiting for semaphore to release 4 permits.")

    # --- Apache ORC C++: exception what() texts ---
    R = "apache/orc"
    for typ, m in [(S, "Can't open /var/lib/stemedb/export/triples-000123.orc"),
                   (S, "Bad read of /var/lib/stemedb/export/triples-000123.orc"),
                   (S, "Short write of /var/lib/stemedb/export/triples-000124.orc")]:
        add(R, "c++/src/OrcFile.cc", typ, m)
    for typ, m in [(Z, "Not an ORC file"),
                   (Z, "Invalid ORC postscript length: 255, file length = 128"),
                   (Z, "Failed to parse the footer from /var/lib/stemedb/export/triples-000123.orc"),
                   (Z, "bad number of ColumnEncodings in StripeFooter: expected=12, actual=9"),
                   (U, "Invalid column selected ts. Valid names are object, predicate, subject")]:
        add(R, "c++/src/Reader.cc", typ, m)
    for typ, m in [(Z, "SnappyDecompressionStream choked on corrupt input"),
                   (Z, "Data error in ZlibDecompressionStream::NextDecompress")]:
        add(R, "c++/src/Compression.cc", typ, m)
    add(R, "c++/src/LzoDecompressor.cc", Z, "MalformedInputException Invalid LZO command 0x11 at 4096")
    add(R, "c++/src/SchemaEvolution.cc", Z, "Cannot convert from string to decimal(38,10)")
    add(R, "c++/src/Timezone.cc", S,
        "Time zone file /usr/share/zoneinfo/Europe/Berlin does not exist. Please install IANA time zone database and set TZDIR env.")
    add(R, "c++/src/io/InputStream.cc", U, "can't backup unless we just called Next")

    # --- c-blosc2: blosc2_error_string() and BLOSC_TRACE_ERROR ("[error] - <msg> (<__FILE__>:<line>)") ---
    R = "Blosc/c-blosc2"
    for typ, m in [(S, "File write failure"), (S, "File truncate failure"), (S, "Frame lock failure"),
                   (Z, "Bad run length encoding"),
                   (U, "Metalayer has not been found"), (U, "Maximum buffersize exceeded")]:
        add(R, "blosc/blosc2.c", typ, m)
    for typ, m, p in [(S, "[error] - Cannot open the lock file in: /var/lib/stemedb/blosc/triples.b2frame.b2lock (/usr/src/c-blosc2/blosc/frame.c:509)", "blosc/frame.c"),
                      (Z, "[error] - Unsupported cframe version: 4 (/usr/src/c-blosc2/blosc/frame.c:951)", "blosc/frame.c"),
                      (Z, "[error] - Invalid trailer length (12) in file '/var/lib/stemedb/blosc/triples.b2frame'. (/usr/src/c-blosc2/blosc/frame.c:1859)", "blosc/frame.c"),
                      (S, "[error] - Cannot extend the file size to 67108864 bytes (error: No space left on device). (/usr/src/c-blosc2/blosc/blosc2-stdio.c:700)", "blosc/blosc2-stdio.c"),
                      (S, "[error] - Cannot sync the memory-mapped file to disk (error: Input/output error). (/usr/src/c-blosc2/blosc/blosc2-stdio.c:898)", "blosc/blosc2-stdio.c"),
                      (Z, "[error] - Not enough space to read Blosc header. (/usr/src/c-blosc2/blosc/blosc2.c:743)", "blosc/blosc2.c"),
                      (U, "[error] - `clevel` parameter must be between 0 and 9!. (/usr/src/c-blosc2/blosc/blosc2.c:2510)", "blosc/blosc2.c"),
                      (U, "[error] - Blosc has not been compiled with 'zstd' compression support.Please use one having it. (/usr/src/c-blosc2/blosc/blosc2.c:1412)", "blosc/blosc2.c")]:
        add(R, p, typ, m)

    # --- google/brotli (C): BrotliDecoderErrorString() and the brotli CLI ---
    R = "google/brotli"
    for typ, m in [(Z, "_ERROR_FORMAT_EXUBERANT_NIBBLE"),
                   (Z, "_ERROR_FORMAT_DISTANCE"), (U, "_ERROR_DICTIONARY_NOT_SET"), (U, "_ERROR_ALLOC_TREE_GROUPS")]:
        add(R, "c/dec/decode.c", typ, m)
    for typ, m in [(Z, "corrupt input [/var/lib/stemedb/backup/000123.sst.br]"),
                   (Z, "reason: FORMAT_BLOCK_LENGTH_1 (-9)"),
                   (S, "failed to write output [/var/lib/stemedb/backup/000124.sst.br]: No space left on device")]:
        add(R, "c/tools/brotli.c", typ, m)

    # --- ebiggers/libdeflate: libdeflate-gzip messages ("<prog>: <msg>[: strerror]") ---
    R = "ebiggers/libdeflate"
    for typ, m in [(Z, "libdeflate-gzip: /var/lib/stemedb/backup/000123.sst.gz: not in gzip format"),
                   (Z, "libdeflate-gzip: /var/lib/stemedb/backup/000123.sst.gz: file corrupt or not in gzip format"),
                   (S, "libdeflate-gzip: /var/lib/stemedb/backup/000123.sst: unable to preserve owner and group: Operation not permitted"),
                   (U, "libdeflate-gzip: Bug in libdeflate_gzip_decompress_ex(): impossible actual_nbytes value!")]:
        add(R, "programs/gzip.c", typ, m)
    for typ, m in [(S, "libdeflate-gzip: Can't open /var/lib/stemedb/backup/000123.sst.gz for reading: No such file or directory"),
                   (S, "libdeflate-gzip: Error writing to /var/lib/stemedb/backup/000124.sst.gz: No space left on device"),
                   (U, "libdeflate-gzip: Invalid compression level: \"13\".  Must be an integer in the range [0, 12].")]:
        add(R, "programs/prog_util.c", typ, m)

    # zlib-ng's wordings (gzerror() texts, copied word for word from madler/zlib,
    # a test-set source) were left out before scoring, so that no test-set text
    # reaches the training data.

    # --- nih-at/libzip (replaces google/snappy): zip_error_strerror() over the table in lib/zip.h ---
    R = "nih-at/libzip"
    for typ, m in [(S, "Can't open file: No such file or directory"),
                   (S, "Renaming temporary file failed: Permission denied"),
                   (S, "Write error: No space left on device"),
                   (Z, "Not a zip archive"),
                   (Z, "Possibly truncated or corrupted zip archive"),
                   (A, "Wrong password provided"),
                   (A, "No password provided"),
                   (U, "Read-only archive")]:
        add(R, "lib/zip.h", typ, m)
    add(R, "lib/zipint.h", Z, "Zip archive inconsistent: entry 3: local and central headers do not match")

# Identity and auth servers in Go: ory/hydra, ory/kratos, dexidp/dex, authelia/authelia (snapshots via fetch, git show HEAD:<path>) and zitadel/zitadel (snapshot over the size limit: files read with read_file, one stored version each); each message read in the file named per entry, placeholders filled plausibly.
def _part_ab(add):
    _hydra(add)
    _kratos(add)
    _dex(add)
    _authelia(add)
    _zitadel(add)


def _hydra(add):
    # ory/hydra: fosite RFC6749Error texts (error_description = DescriptionField + " " + HintField,
    # fosite/errors.go GetDescription), hydra's own errors.New / fmt.Errorf and logrus messages.
    R = "ory/hydra"
    for typ, m, p in [
        (Z, "malformed ciphertext: too short", "aead/xchacha20.go"),
        (U, "key must be exactly 32 bytes long, got 24 bytes", "aead/helpers.go"),
        (A, "Client authentication failed (e.g., unknown client, no client authentication included, "
            "or unsupported authentication method).", "fosite/errors.go"),
        (A, "The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh "
            "token is invalid, expired, revoked, does not match the redirection URI used in the authorization "
            "request, or was issued to another client.", "fosite/errors.go"),
        (U, "The request could not be completed because another request is competing for the same resource.",
            "fosite/errors.go"),
        (U, "The authorization server is currently unable to handle the request due to a temporary overloading "
            "or maintenance of the server.", "fosite/errors.go"),
        (A, "The device_code has expired, and the device authorization session has concluded.", "fosite/errors.go"),
        (A, "The PKCE code challenge did not match the code verifier.", "fosite/handler/pkce/handler.go"),
        (A, "The request is not allowed. The CSRF value from the token does not match the CSRF value from the "
            "data store.", "consent/csrf.go"),
        (U, "System secret must be undefined or have at least 16 characters but only has 8 characters.",
            "driver/config/provider_fosite.go"),
        (U, "unsupported DSN type", "driver/registry.go"),
        (N, "Unable to load HTTPS TLS Certificate", "cmd/server/helper_cert.go"),
        (N, "Unable to execute OpenID Connect Back-Channel Logout Request", "consent/strategy_default.go"),
        (U, "Instance is not yet ready because migrations have not yet been fully applied.",
            "driver/registry_sql.go"),
        (U, "Unable to serialize access due to a concurrent update in another session", "oryx/sqlcon/error.go"),
        (Z, "unable to base64 decode the TLS certificate: illegal base64 data at input byte 64",
            "oryx/tlsx/cert.go"),
    ]:
        add(R, p, typ, m)
    # signature failures: the rfc7523 assertion check (token.Claims(key, ...)) and the proof JWT of oauth2/handler.go
    add(R, "fosite/errors.go", A, "Token signature mismatch. Check that you provided  a valid token in the right format.", True)
    add(R, "fosite/handler/rfc7523/handler.go", A,
        "The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is "
        "invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was "
        "issued to another client. Unable to verify the integrity of the 'assertion' value.", True)
    add(R, "oauth2/handler.go", A,
        "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more "
        "than once, or is otherwise malformed. The JWT was not signed with the correct key supplied in the JWK header.",
        True)


def _kratos(add):
    # ory/kratos: herodot reasons (WithReason), errors.New / fmt.Errorf, and text/ UI message texts.
    R = "ory/kratos"
    for typ, m, p in [
        (A, "Unable to decipher the encrypted message.", "cipher/aes.go"),
        (Z, "cipher text too short", "cipher/chacha20.go"),
        (U, "Unable to encrypt message because no cipher secrets were configured.", "cipher/chacha20.go"),
        (U, "hash parameters exceed allowed bounds", "hash/hash_limits.go"),
        (Z, "incompatible version of argon2", "hash/hasher_argon2.go"),
        (A, "passwords do not match", "hash/hasher_argon2.go"),
        (Z, "The SMTP connection URI is malformed. Please contact a system administrator.", "courier/smtp.go"),
        (N, "failed to send email via smtp", "courier/smtp_channel.go"),
        (U, "queue is empty", "courier/persistence.go"),
        (A, "missing or invalid CSRF token", "selfservice/flow/login/handler.go"),
        (A, "The provided Ory Session Token could not be found, is invalid, or otherwise malformed.",
            "selfservice/flow/logout/handler.go"),
        (A, "The flow has been blocked for security reasons because it was initiated by another person..",
            "continuity/container.go"),
        (A, "The provided credentials are invalid, check for spelling mistakes in your password or username, "
            "email address, or phone number.", "text/message_validation.go"),
        (S, "could not read schema file: open /etc/config/kratos/identity.schema.json: no such file or directory",
            "schema/handler.go"),
        (Z, "could not decode schema file: invalid character '}' looking for beginning of object key string",
            "schema/handler.go"),
        (U, "identity schema rejected: body exceeds 1048576 bytes", "schema/loader.go"),
        (N, "OpenID Connect provider returned a 502 status code but 200 is expected.",
            "selfservice/strategy/oidc/error.go"),
    ]:
        add(R, p, typ, m)
    add(R, "text/message_validation.go", A, "The provided DeviceAuthn signature is invalid.", True)


def _dex(add):
    # dexidp/dex: errors.New / fmt.Errorf of server, connector and storage packages; inner errors filled with
    # go-ldap ("LDAP Result Code %d %q: %s"), go-oidc, goxmldsig/crypto/rsa and driver texts.
    R = "dexidp/dex"
    for typ, m, p in [
        (Z, "ciphertext too short", "server/internal/cookie.go"),
        (A, "refresh token is invalid or has already been claimed", "server/tokens/refresh_lookup.go"),
        (A, "refresh token claimed by another client", "server/tokens/refresh_lookup.go"),
        (A, "session secret mismatch", "server/session/session.go"),
        (A, "account is locked until 2026-09-01T12:00:00Z", "server/authflow/finalize.go"),
        (N, "failed to connect: LDAP Result Code 200 \"Network Error\": dial tcp 10.0.0.12:636: connect: "
            "connection refused", "connector/ldap/ldap.go"),
        (A, "ldap: failed to bind as dn \"uid=jane,ou=people,dc=stemedb,dc=internal\": LDAP Result Code 49 "
            "\"Invalid Credentials\": 80090308: LdapErr: DSID-0C090447, comment: AcceptSecurityContext error, "
            "data 52e, v3839", "connector/ldap/ldap.go"),
        (A, "oidc: failed to verify ID Token: oidc: token is expired (Token Expiry: 2026-03-02 10:14:07 +0000 UTC)",
            "connector/oidc/oidc.go"),
        (A, "github: user \"jdoe\" not in required orgs or teams", "connector/github/github.go"),
        (T, "timeout waiting for refresh token r6nvqfk2jqhz3ex4sbbh7fgmu lock", "storage/kubernetes/lock.go"),
        (T, "timed out waiting for CRDs to be available", "storage/kubernetes/storage.go"),
        (U, "keys already rotated by another server instance", "storage/kubernetes/storage.go"),
        (U, "failed to update key=\"/dex/openid-connect-keys\": concurrent conflicting update happened",
            "storage/etcd/etcd.go"),
        (S, "migration 14 statement 2 failed: database is locked", "storage/sql/migrate.go"),
        (U, "static clients: read-only cannot create client", "storage/static.go"),
    ]:
        add(R, p, typ, m)
    add(R, "server/signer/keyset.go", A, "failed to verify id token signature", True)
    add(R, "connector/saml/saml.go", A,
        "verify signature: response does not contain a valid signature element: crypto/rsa: verification error", True)


def _authelia(add):
    # authelia/authelia: fmt.Errorf / errors.New of internal/ packages and logger messages; inner errors filled
    # with go-ldap, database/sql, yaml.v3, net and crypto/cipher texts.
    R = "authelia/authelia"
    for typ, m, p in [
        (S, "error opening database: unable to open database file: no such file or directory",
            "internal/storage/sql_provider.go"),
        (N, "error pinging database: dial tcp 10.0.0.12:5432: connect: connection refused",
            "internal/storage/sql_provider.go"),
        (A, "the token has been revoked", "internal/storage/sql_provider.go"),
        (A, "the token expired 2h15m0s ago", "internal/storage/sql_provider.go"),
        (A, "the configured encryption key does not appear to be valid for this database which may occur if the "
            "encryption key was changed in the configuration without using the cli to change it in the database",
            "internal/storage/errors.go"),
        (U, "schema up migration target version 30 is greater then the latest version 17 which indicates it "
            "doesn't exist", "internal/storage/errors.go"),
        (S, "failed to lock tables: ERROR: could not obtain lock on relation \"migrations\" (SQLSTATE 55P03)",
            "internal/storage/sql_provider_schema.go"),
        (N, "failed to parse certificate from server: no peer certificates",
            "internal/storage/sql_provider_backend_postgres.go"),
        (A, "user is banned", "internal/regulation/const.go"),
        (A, "authentication failed. Cause: LDAP Result Code 49 \"Invalid Credentials\": 80090308: LdapErr: "
            "DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563",
            "internal/authentication/ldap_user_provider.go"),
        (N, "error occurred attempting to dial LDAP server at 'ldaps://10.0.0.12:636': LDAP Result Code 200 "
            "\"Network Error\": dial tcp 10.0.0.12:636: connect: connection refused",
            "internal/authentication/ldap_client_dialer.go"),
        (T, "timeout of 5s elapsed waiting for 3 checked out clients to be released",
            "internal/authentication/ldap_client_factory.go"),
        (T, "error acquiring client: context deadline exceeded", "internal/authentication/ldap_client_factory.go"),
        (T, "error occurred reading ntp packet response to the connection: read udp 10.0.0.5:51234->10.0.0.1:123: "
            "i/o timeout", "internal/ntp/ntp.go"),
        (N, "the response origin timestamp does not match the transmit timestamp of the request",
            "internal/ntp/util.go"),
        (S, "failed to open file: open /config/notification.txt: permission denied",
            "internal/notification/file_notifier.go"),
        (U, "unsupported SMTP AUTH types: CRAM-MD5", "internal/notification/smtp_auth.go"),
        (Z, "could not parse the YAML database: yaml: line 12: mapping values are not allowed in this context",
            "internal/authentication/file_user_provider_database.go"),
    ]:
        add(R, p, typ, m)
    add(R, "internal/session/encrypting_serializer.go", A,
        "unable to decrypt session: cipher: message authentication failed", True)
    add(R, "internal/handlers/handler_reset_password.go", A,
        "Error occurred validating the identity verification token signature", True)


def _zitadel(add):
    # zitadel/zitadel: read_file, one stored version per file. Errors built with zerrors / the older
    # caos errors package print "ID=%s Message=%s" and " Parent=(%v)" when wrapped (the format most
    # stored versions of internal/zerrors/zerror.go and internal/errors/caos_error.go have); i18n keys
    # (Errors.*) are printed untranslated. Plain fmt.Errorf / errors.New and logging texts as they are.
    R = "zitadel/zitadel"
    for typ, m, p in [
        (Z, "ID=CRYPT-Jaik2R Message=error decrypting value Parent=(unexpected end of JSON input)",
            "internal/crypto/crypto.go"),
        (A, "ID=CRYPT-Nx7XlT Message=value was encrypted with a different key", "internal/crypto/crypto.go"),
        (A, "ID=CRYPTO-Sf4gt Message=Errors.Intent.InvalidToken Parent=(ID=CRYPT-23kH1 Message=cipher text "
            "block too short)", "internal/crypto/crypto.go"),
        (U, "ID=CRYPTO-eaz3T Message=Errors.WebKey.Config", "internal/crypto/web_key.go"),
        (Z, "cannot decode, empty data", "internal/crypto/rsa.go"),
        (A, "ID=AUTH-5mWD2 Message=No matching permissions found", "internal/api/authz/authorization.go"),
        (A, "ID=AUTH-7fs1e Message=invalid auth header", "internal/api/authz/token.go"),
        (S, "ID=AUTHZ-JK31F Message=Errors.NotFound Parent=(open /etc/zitadel/system-user-key.pem: no such file "
            "or directory)", "internal/api/authz/token.go"),
        (N, "ID=DATAB-0pIWD Message=Errors.Database.Connection.Failed Parent=(dial tcp 10.0.0.12:5432: connect: "
            "connection refused)", "internal/database/database.go"),
        (N, "ID=EMAIL-sl39s Message=could not make tls dial Parent=(tls: failed to verify certificate: x509: "
            "certificate signed by unknown authority)", "internal/notification/channels/smtp/channel.go"),
        (N, "could not connect to smtp", "internal/notification/channels/smtp/channel.go"),
        (S, "creating file ./zitadel-generated-from-config-root.crt for certificate failed",
            "internal/database/postgres/config.go"),
        (U, "at least ssl root cert has to be set", "internal/database/postgres/config.go"),
        (S, "failed to scan events", "internal/eventstore/v3/push.go"),
    ]:
        add(R, p, typ, m)

def holdout11(add):
    for part in (_part_y, _part_z, _part_aa, _part_ab):
        part(add)
