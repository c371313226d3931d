"""The thirty-eighth blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_na (holdout38): Go Kubernetes operators for databases (zalando/postgres-operator, cloudnative-pg, percona-server-mongodb-operator, mariadb-operator, spotahome/redis-operator, k8ssandra-operator, cybozu-go/moco, CrunchyData/postgres-operator); snapshots via fetch, each wording read with git show HEAD:<path> in the file named per entry (the operator's own fmt.Errorf / errors.New / errors.Wrap text, never vendored or license-copied libraries), placeholders and wrapped inner errors filled plausibly (Go net/os/json/time/x509 texts).
def _part_na(add):
    # --- zalando/postgres-operator (pkg/...) ---
    R = "zalando/postgres-operator"
    add(R, "pkg/cluster/database.go", N,
        "could not connect to Postgres database: dial tcp 10.0.0.12:5432: connect: connection refused")
    add(R, "pkg/apis/acid.zalan.do/v1/util.go", U,
        "cluster name must match {TEAM}-{NAME} format. Got cluster name 'stemedb-main', team name 'storage'")
    for typ, m in [(Z, "incorrect maintenance window format"),
                   (Z, "could not parse start time: parsing time \"25:00\": hour out of range")]:
        add(R, "pkg/apis/acid.zalan.do/v1/marshal.go", typ, m)
    add(R, "pkg/cluster/pod.go", U, "too many masters")
    for typ, m in [(T, "pod label wait timeout"),
                   (T, "pod deletion wait timeout"),
                   (A, "wrong token type: [66 97 115 105 99]")]:
        add(R, "pkg/cluster/util.go", typ, m)
    for typ, m in [(A, "team API query failed with status code 401 and message: '\"invalid_token\"'"),
                   (N, "team API query failed with status code 503"),
                   (Z, "could not parse team API response: invalid character '<' looking for beginning of value")]:
        add(R, "pkg/util/teams/teams.go", typ, m)
    add(R, "pkg/util/volumes/ebs.go", S,
        "could not modify persistent volume \"vol-0a1b2c3d4e5f67890\": modification state failed")
    add(R, "pkg/util/retryutil/retry_util.go", U, "timeout(5s) should be greater than interval(10s)")
    add(R, "pkg/cluster/filesystems.go", U,
        "could not resize filesystem: no compatible resizers for the filesystem of type \"xfs\"")

    # --- cloudnative-pg/cloudnative-pg ---
    R = "cloudnative-pg/cloudnative-pg"
    for typ, m in [(S, "no free disk space for WALs"),
                   (S, "pg_control file is zero and we don't have a pg_control.old"),
                   (S, "while copying pg_control file for backup before pg_rewind: open /var/lib/postgresql/data/pgdata/global/pg_control.old: permission denied"),
                   (N, "server is alive but rejecting connections"),
                   (T, "while waiting for instance restart: context deadline exceeded")]:
        add(R, "pkg/management/postgres/instance.go", typ, m)
    add(R, "pkg/management/postgres/join.go", N,
        "source server not available: host=cluster-example-rw user=streaming_replica port=5432 dbname=postgres sslmode=verify-ca")
    add(R, "pkg/certs/certs.go", N, "failed to verify certificate: x509: certificate has expired or is not yet valid: current time 2026-03-01T10:00:00Z is after 2026-02-28T23:59:59Z")
    for typ, m in [(Z, "while unmarshalling the body, body: <html><body>502 Bad Gateway</body></html> err: invalid character '<' looking for beginning of value"),
                   (N, "while executing http request: Get \"https://10.0.0.12:8000/pg/controldata\": dial tcp 10.0.0.12:8000: connect: connection refused")]:
        add(R, "pkg/management/postgres/webserver/client/remote/request.go", typ, m)
    add(R, "pkg/promotiontoken/promotion_token.go", U,
        "promotion token LSN (0/5000060) is older than the last replay LSN (0/6000028)")
    add(R, "pkg/postgres/identifier.go", U, "tablespace names beginning 'pg_' are reserved for Postgres")
    add(R, "pkg/postgres/booleans.go", Z, "configuration value is not a postgres boolean: maybe")
    add(R, "pkg/management/postgres/utils/password.go", A, "encrypting password as SCRAM-SHA-256 failed")
    add(R, "internal/management/utils/secrets.go", A, "password key doesn't exist inside the secret")
    add(R, "internal/cmd/manager/walarchive/cmd.go", U, "switchover in progress, refusing archiving")

    # --- percona/percona-server-mongodb-operator (github.com/pkg/errors: "msg: cause") ---
    R = "percona/percona-server-mongodb-operator"
    add(R, "cmd/mongodb-healthcheck/healthcheck/liveness.go", N,
        "connection error: failed to dial mongo: ping mongo: dial tcp 10.0.0.12:27017: connect: connection refused")
    add(R, "pkg/controller/perconaservermongodb/mgo.go", U, "my-cluster-name-rs0-1 is not the writable primary")
    for typ, m in [(T, "wait for resync to finish: resync is not finished until deadline"),
                   (A, "access key not found in credentials secret"),
                   (U, "unsupported backup storage type"),
                   (S, "error checking and writing TLS key and certificate to file /tmp/psmdb-my-cluster-name-tls.pem: open /tmp/psmdb-my-cluster-name-tls.pem: permission denied"),
                   (U, "there is no oplogs that can cover the date/time or no oplogs at all")]:
        add(R, "pkg/psmdb/backup/pbm.go", typ, m)
    add(R, "pkg/psmdb/clustersync/client/client.go", Z,
        "decode pcsm status output: {\"ok\":true,\"state\":\"running\": unexpected end of JSON input")
    for typ, m in [(U, "replset size must be odd. Set spec.unsafeFlags.replsetSize to true to disable this check"),
                   (U, "inMemory storage engine doesn't support encryption")]:
        add(R, "pkg/apis/psmdb/v1/psmdb_defaults.go", typ, m)
    add(R, "pkg/controller/perconaservermongodb/custom_users.go", A, "password key not found in secret")

    # --- mariadb-operator/mariadb-operator ---
    R = "mariadb-operator/mariadb-operator"
    for typ, m in [(T, "archival timed out: context deadline exceeded"),
                   (Z, "error unmarshaling binlog index: error converting YAML to JSON: yaml: line 4: did not find expected key")]:
        add(R, "pkg/binlog/archiver.go", typ, m)
    add(R, "pkg/binlog/uploader.go", S,
        "error opening binlog file /var/lib/mysql/mariadb-bin.000042: open /var/lib/mysql/mariadb-bin.000042: no such file or directory")
    for typ, m in [(S, "error writing galera state: open /var/lib/mysql/grastate.dat: read-only file system"),
                   (Z, "error unmarshalling galera state: error parsing seqno: strconv.Atoi: parsing \"-1x\": invalid syntax")]:
        add(R, "pkg/agent/handler/galera/galera.go", typ, m)
    add(R, "internal/controller/mariadb_controller_storage.go", U, "cannot decrease storage size from '10Gi' to '5Gi'")
    add(R, "pkg/agent/client/clientset.go", U, "index '3' out of MariaDB replicas bounds [0, 2]")
    add(R, "pkg/agent/server/server.go", N, "error loading x509 keypair: tls: private key does not match public key")
    add(R, "internal/controller/mariadb_controller_update.go", T,
        "error waiting for Pod 'mariadb-galera-1' to be updated: context deadline exceeded")
    add(R, "pkg/command/sql.go", A, "password environment variable not provided")
    add(R, "pkg/controller/galera/recovery.go", U, "unable to restart Pods. Cluster hasn't been bootstrapped")
    add(R, "internal/controller/external_mariadb_controller.go", N,
        "error connecting to MariaDB: dial tcp 10.0.0.12:3306: connect: connection refused")
    add(R, "cmd/controller/webhook.go", N, "Certificate is not valid for mariadb-operator-webhook.default.svc")

    # --- spotahome/redis-operator ---
    R = "spotahome/redis-operator"
    add(R, "operator/redisfailover/checker.go", U, "more than one master, fix manually")
    for typ, m in [(U, "insufficnet sentinel to reach Quorum"),
                   (U, "sentinel monitoring 10.0.0.12:6379 instead 10.0.0.13:6379"),
                   (U, "number of redis nodes known as master is different than 1"),
                   (U, "slave 10.0.0.14 don't have the master 10.0.0.12, has 10.0.0.13")]:
        add(R, "operator/redisfailover/service/check.go", typ, m)
    add(R, "service/k8s/util.go", A, "secret \"redis-auth\" does not have a password field")
    for typ, m in [(Z, "configuration 'maxmemory' malformed"),
                   (U, "quorum Not available")]:
        add(R, "service/redis/client.go", typ, m)

    # --- k8ssandra/k8ssandra-operator ---
    R = "k8ssandra/k8ssandra-operator"
    add(R, "controllers/k8ssandra/schemas.go", U, "cannot decommission DC dc2: keyspace app_data still has replicas on it")
    add(R, "pkg/cassandra/datacenter.go", U, "tried to change num_tokens in an existing datacenter")
    add(R, "pkg/cassandra/tokens.go", U, "cannot compute initial tokens: partitioner mismatch")
    add(R, "pkg/cassandra/util.go", Z, "failed to parse replication")
    add(R, "pkg/reaper/secrets.go", A, "password key not found in auth secret demo-reaper-ui")
    add(R, "pkg/reaper/manager.go", N, "failed to load client certificate: tls: private key type does not match public key type")
    add(R, "pkg/medusa/grpc.go", N, "failed to create transport credentials from secret demo-medusa-client-certs: no certificates found in demo-medusa-client-certs when parsing 'ca.crt' value: []")
    add(R, "pkg/medusa/hostmap.go", U, "number of nodes in source rack rack3 greater than number of nodes in dest rack rack3")
    add(R, "controllers/medusa/medusarestorejob_controller.go", U, "target backup has not completed successfully")

    # --- cybozu-go/moco ---
    R = "cybozu-go/moco"
    add(R, "clustering/process.go", T, "failed to switchover: timeout")
    add(R, "clustering/operations.go", U,
        "new primary 1 does not have binlog containing transactions 3e11fa47-71ca-11e1-9e33-c80aa9429562:6-9 required for instance 2")
    add(R, "pkg/dbop/errors.go", U, "detected errant transactions")
    add(R, "backup/backup.go", S, "failed to make dump directory: mkdir /work/dump: no space left on device")
    for typ, m in [(S, "could not read /work/dump/@.json: open /work/dump/@.json: no such file or directory"),
                   (Z, "failed to parse contents in @.json: unexpected end of JSON input")]:
        add(R, "pkg/bkop/gtid.go", typ, m)
    add(R, "pkg/cert/cert.go", N, "invalid certificate: common name is not valid: moco-agent-client")
    add(R, "cmd/moco-backup/cmd/root.go", A, "no MYSQL_PASSWORD environment variable")
    add(R, "controllers/pvc.go", U,
        "failed to resize pvc \"mysql-data-moco-test-0\", want size: 1Gi, deployed size: 2Gi: cannot reduce volume size")
    add(R, "cmd/kubectl-moco/cmd/switchover.go", U, "single-instance cluster is not able to switch")

    # --- CrunchyData/postgres-operator ---
    R = "CrunchyData/postgres-operator"
    for typ, m in [(U, "Need more than one instance to switchover"),
                   (U, "TargetInstance was specified but not found in the cluster")]:
        add(R, "internal/controller/postgrescluster/patroni.go", typ, m)
    add(R, "internal/controller/postgrescluster/snapshots.go", U,
        "VolumeSnapshots are not installed/enabled in this Kubernetes cluster; cannot create snapshot.")
    for typ, m in [(Z, "not a PEM-encoded certificate"),
                   (Z, "not a PEM-encoded private key")]:
        add(R, "internal/pki/encoding.go", typ, m)
    add(R, "internal/postgres/password/scram.go", U, "salt length must be at least 1")
    add(R, "internal/controller/postgrescluster/pgbackrest.go", U, "Found 2 pgBackRest repo host Pods. Expected 1.")
    add(R, "internal/controller/postgrescluster/instance.go", U,
        "unexpected instance state during rollout: hippo-instance1-8kbm has 0 pods")


# part_nb (Rust search, indexing and text-retrieval libraries): BurntSushi/fst, toshi-search/Toshi, CloudCannon/pagefind, jameslittle230/stork, BloopAI/bloop, lnx-search/lnx, zhihu/rucene, matrix-org/seshat and SeekStorm/SeekStorm, each a snapshot brought by fetch and read with git show HEAD:<path>; every message read in the file named per entry (Display/#[error] text, bail!/anyhow!/Error::msg, panic!/expect text, log line or HTTP error body), placeholders filled plausibly (inner std/serde/hyper/rusqlite texts are the usual wordings, not read in these sources).
def _part_nb(add):
    _nb_fst_toshi_pagefind(add)
    _nb_stork_bloop_lnx(add)
    _nb_rucene_seshat_seekstorm(add)


def _nb_fst_toshi_pagefind(add):
    # --- BurntSushi/fst: raw::Error Display (src/raw/error.rs), LevenshteinError, fst-regex Error, fst-bin bail! ---
    R = "BurntSushi/fst"
    for typ, m in [(Z, "Error opening FST: expected API version 3, got API version 2. It looks like the FST "
                       "you're trying to open is either not an FST file or it was generated with a different "
                       "version of the 'fst' crate. You'll either need to change the version of the 'fst' "
                       "crate you're using, or re-generate the\nFST."),
                   (Z, "Error opening FST with size 1024 bytes: An unknown error occurred. This usually means "
                       "you're trying to read data that isn't actually an encoded FST."),
                   (Z, "FST verification failed: expected checksum of 2837719462 but got 1193046145"),
                   (Z, "FST verification failed: FST does not contain a checksum"),
                   (U, "Error inserting duplicate key: 'node2'."),
                   (U, "Error inserting out-of-order key: 'agent-0041'. (Previous key was 'agent-0042'.) "
                       "Keys must be inserted in lexicographic order.")]:
        add(R, "src/raw/error.rs", typ, m)
    add(R, "src/automaton/levenshtein.rs", U, "Levenshtein automaton exceeds size limit of 10000 states")
    add(R, "fst-regex/src/error.rs", U, "Lazy reptition operators such as '+?' are not allowed.")
    add(R, "fst-bin/src/cmd/union.rs", S, "Output file already exists: /var/lib/stemedb/index/terms.fst")

    # --- toshi-search/Toshi: toshi-types Error (#[error] texts), client error, raft rpc_server replies, server panics ---
    R = "toshi-search/Toshi"
    for typ, m in [(U, "Unknown Field: 'body' queried"),
                   (U, "Unknown Index: 'events' does not exist"),
                   (Z, "Error Parsing Json: 'expected value at line 1 column 1'"),
                   (U, "Index: 'events' already exists")]:
        add(R, "toshi-types/src/error.rs", typ, m)
    add(R, "toshi-server/src/handle.rs", U, "Error in query execution: 'Empty Query Provided'")
    add(R, "toshi-server/src/handlers/search.rs", Z,
        "Error in query execution: 'Bad JSON Query: missing field `query` at line 1 column 27'")
    add(R, "toshi-raft/src/lib.rs", N, "An RPC error occurred: 'Unable to get node for: 2'")
    add(R, "toshi-raft/src/rpc_server.rs", S, "Could not load metas for: events")
    add(R, "toshi-server/src/bin/toshi.rs", S,
        "Unable to create data directory: Os { code: 13, kind: PermissionDenied, message: \"Permission denied\" }")
    add(R, "toshi-client/src/error.rs", Z, "Serde deserialization error: EOF while parsing an object at line 1 column 42")

    # --- CloudCannon/pagefind: logger.error/bail! texts (lib.rs, index/mod.rs, fossick/mod.rs, runner.rs, options.rs), service, serve, logging ---
    R = "CloudCannon/pagefind"
    add(R, "pagefind/src/fossick/mod.rs", U, "Tried to index file with no specified URL or file path, ignoring.")
    add(R, "pagefind/src/fossick/mod.rs", U,
        "Absolute file was found that does not start with the source directory. Source: \"/srv/site/public\"\n"
        "File: \"/tmp/build/index.html\"")
    add(R, "pagefind/src/lib.rs", Z, "Error: Provided glob \"**/*.{html\" did not parse as a valid glob.")
    add(R, "pagefind/src/lib.rs", U,
        "Error: Pagefind was not able to build an index. \nMost likely, the directory passed to Pagefind was "
        "empty or did not contain any html files.")
    add(R, "pagefind/src/runner.rs", U,
        "Found multiple possible config files: [pagefind.json, pagefind.yml]\nPagefind only supports loading "
        "one configuration file format, please ensure only one file exists.")
    add(R, "pagefind/src/runner.rs", Z, "Error loading Pagefind config:\nexpected `,` or `}` at line 4 column 3")
    add(R, "pagefind/src/serve.rs", N, "No free ports!")
    add(R, "pagefind/src/serve.rs", N,
        "Couldn't serve the directory: Os { code: 98, kind: AddrInUse, message: \"Address already in use\" }")
    add(R, "pagefind/src/logging.rs", S,
        "Logfile should be writable: Os { code: 28, kind: StorageFull, message: \"No space left on device\" }")


def _nb_stork_bloop_lnx(add):
    # --- jameslittle230/stork: StorkCommandLineError, ConfigReadError, WordListGenerationError/IndexGenerationError, IndexVersioningError, SearchError ---
    R = "jameslittle230/stork"
    for typ, m in [(S, "Couldn't read file `/var/lib/stemedb/docs.st`. Got error `No such file or directory (os error 2)`"),
                   (S, "Couldn't create file `/var/lib/stemedb/docs.st`. Got error `Permission denied (os error 13)`"),
                   (Z, "Invalid port `18182x`. Got error `invalid digit found in string`"),
                   (N, "Couldn't start web server.")]:
        add(R, "stork-cli/src/errors.rs", typ, m)
    add(R, "stork-lib/src/config/errors.rs", Z,
        "Couldn't read the configuration file: Cannot parse config as TOML. Stork recieved error: "
        "`expected an equals, found a newline at line 1 column 6`")
    for typ, m in [(Z, "SRT file could not be parsed."),
                   (S, "The file `docs/intro.md` could not be found."),
                   (N, "1 error found while indexing files. If you want to fail silently and still build an index, "
                       "remove `break_on_file_error` from your config.\nWarning: Stork couldn't include 1 file in "
                       "the index because of the following errors:\nIn file `https://docs.stemedb.internal/intro`: "
                       "When fetched, the web page returned a 503 status code.")]:
        add(R, "stork-lib/src/index_v3/build/errors.rs", typ, m)
    add(R, "stork-lib/src/input.rs", Z, "Invalid index: unknown index version. Got `stork-4`")
    add(R, "stork-lib/src/lib.rs", U,
        "Index `docs` has not been registered. You need to register the index before performing searches with it.")

    # --- BloopAI/bloop: server/bleep SyncError, indexes::doc::Error, llm client, query parser, RemoteError, RepoError, semantic, bail!s ---
    R = "BloopAI/bloop"
    for typ, m in [(A, "no keys for backend: Github"),
                   (U, "syncing in progress"),
                   (S, "folder cleanup failed: path: \"/var/lib/bleep/repos/github.com/stemedb/stemedb\", "
                       "error: Directory not empty (os error 39)")]:
        add(R, "server/bleep/src/background/sync.rs", typ, m)
    for typ, m in [(Z, "failed to parse `docs.stemedb` as a url: relative URL without a base"),
                   (N, "network error: error sending request for url (https://docs.stemedb.internal/): error trying "
                       "to connect: dns error: failed to lookup address information: Name or service not known")]:
        add(R, "server/bleep/src/indexes/doc.rs", typ, m)
    add(R, "server/bleep/src/llm/client.rs", T, "waiting for the next token took longer than allowed")
    add(R, "server/bleep/src/repo.rs", Z, "invalid state file")
    add(R, "server/bleep/src/semantic.rs", N, "Qdrant initialization failed. Is Qdrant running on `qdrant-url`?")
    add(R, "server/bleep/src/webserver/answer.rs", T, "reached timeout of 60s")
    add(R, "server/bleep/src/webserver/middleware.rs", A, "user unauthenticated")

    # --- lnx-search/lnx: LnxError (lnx-server/src/error.rs) with unauthorized!/bad_request! texts, search-index anyhow!s, snapshot, main ---
    R = "lnx-search/lnx"
    add(R, "lnx-server/src/routes/auth.rs", A,
        "missing required authorization context: you lack permissions to perform this request")
    add(R, "lnx-server/src/routes/index.rs", A,
        "missing required authorization context: invalid token does not have access to this index")
    add(R, "lnx-server/src/error.rs", Z, "failed serialize / deserialize value: missing field `query` at line 1 column 27")
    add(R, "lnx-engine/aexecutor/src/reader_executor.rs", U,
        "unable to complete index operation: all executors have been taken at the time of acquiring")
    add(R, "lnx-engine/search-index/src/query.rs", U, "unable to complete index operation: no document exists with id: '4728102938'")
    add(R, "lnx-engine/search-index/src/synonyms.rs", Z,
        "invalid synonym relation defined. synonyms must follow the `word(s):related_item(s)` format, Got \"stemedb\"")
    add(R, "lnx-server/src/snapshot.rs", S, "file \"/var/lib/lnx/snapshot-2024-01-30.zip\" does not exist")
    add(R, "lnx-server/src/snapshot.rs", U,
        "./index already exists, the root path must not exist before loading a snapshot to prevent accidental corruption.")
    add(R, "lnx-server/src/main.rs", S, "failed to open database due to error IO error: Permission denied (os error 13)")


def _nb_rucene_seshat_seekstorm(add):
    # --- zhihu/rucene: error_chain ErrorKind display texts (src/error.rs) with the bail!ed strings ---
    R = "zhihu/rucene"
    for typ, m in [(Z, "Corrupt Index: codec header mismatch: actual=0x0, expected=0x3FD76C17"),
                   (Z, "Corrupt Index: index format either too new or too old: 0 <= 7 <= 6 doesn't hold"),
                   (Z, "Corrupt Index: checksum failed (hardware problems?): expected=0x8E2B1F04, actual=0x1D3C55A0")]:
        add(R, "src/core/codec/codec_util.rs", typ, m)
    add(R, "src/core/codec/doc_values/lucene54/lucene54_doc_values_producer.rs", Z,
        "Corrupt Index: sorted_set entry for field title is corrupt")
    add(R, "src/core/store/io/data_input.rs", Z, "Unexpected EOF: Reached EOF when 4096 bytes are expected")
    add(R, "src/core/util/packed/packed_misc.rs", Z, "IO Error: Corrupted")
    add(R, "src/core/index/writer/index_writer.rs", U, "Already Closed: this IndexWriter is closed")
    add(R, "src/core/index/merge/merge_policy.rs", U, "Illegal argument: max_merge_at_once must be > 1, got 1")
    add(R, "src/core/codec/segment_infos/segment_infos.rs", U, "Illegal state: prepare_commit was already called")

    # --- matrix-org/seshat: seshat::Error (src/error.rs), encrypted_dir / encrypted_stream io::Error texts, seshat-node throw texts ---
    R = "matrix-org/seshat"
    add(R, "src/index/encrypted_dir.rs", A, "invalid MAC of the store key", True)
    add(R, "src/index/encrypted_dir.rs", Z, "invalid index store version")
    add(R, "src/index/encrypted_dir.rs", A, "empty passphrase")
    add(R, "src/index/encrypted_stream.rs", Z, "File doesn't contain a valid IV or MAC")
    for typ, m in [(A, "Error unlocking the database: Invalid passphrase"),
                   (Z, "Database version missmatch."),
                   (U, "Error opening the database, the index needs to be rebuilt."),
                   (S, "Sqlite database error: database is locked"),
                   (T, "Sqlite pool error: timed out waiting for connection")]:
        add(R, "src/error.rs", typ, m)
    add(R, "seshat-node/src/tasks.rs", S, "Error writing to database: Sqlite database error: disk I/O error")

    # --- SeekStorm/SeekStorm: HttpServerError bodies (seekstorm_server/src/http_server.rs), index/commit/ingest texts, server.rs println!s ---
    R = "SeekStorm/SeekStorm"
    for typ, m in [(U, "index does not exist"),
                   (A, "apikey invalid or missing"),
                   (U, "bad request:no query specified")]:
        add(R, "seekstorm_server/src/http_server.rs", typ, m)
    add(R, "seekstorm_server/src/http_server.rs", N,
        "Error setting TCP_NODELAY for 10.0.0.12:51234: Invalid argument (os error 22)")
    add(R, "seekstorm/src/index.rs", Z, "incompatible index format version 6 5")
    add(R, "seekstorm/src/index.rs", S,
        "Unable to docstore_file.set_len in clear_index Os { code: 28, kind: StorageFull, message: \"No space left on device\" }")
    add(R, "seekstorm/src/commit.rs", S,
        "Unable to create Mmap: Os { code: 13, kind: PermissionDenied, message: \"Permission denied\" }")
    add(R, "seekstorm/src/ingest.rs", Z, "can't read PDF")
    add(R, "seekstorm_server/src/server.rs", S, "index_path could not be created: /var/lib/seekstorm/seekstorm_index")


# part_nc (holdout38): C/C++ caching proxies, load balancers and monitoring daemons: squid-cache/squid, facebookincubator/katran, graygnuorg/pound, varnish/varnish-modules, Icinga/icinga2, nagios-plugins/nagios-plugins, oetiker/rrdtool-1.x, NagiosEnterprises/nrpe. Each read as a snapshot via fetch (git archive / git show HEAD:<path>), every message read in the file named per entry (squid debugs() lines, katran LOG(ERROR)/PLOG/throw texts, pound logmsg/phttp_log/conf_error texts, varnish VSLb/VRT_fail texts, icinga2 Log(LogCritical/LogWarning) and BOOST_THROW_EXCEPTION texts, nagios-plugins printf/die/usage4 texts, rrdtool rrd_set_error/send_response/RRDD_LOG texts, nrpe logit/printf texts). Placeholders filled plausibly; prefixes built as the source builds them (squid xstrerr "(errno) text", MYNAME as __func__ plus a space, glog PLOG ": strerror [errno]", pound "(thread-id)" and config locus "file:line.col-col: ", icinga2 TLS conninfo "to [addr]:port", nagios usage4 "progname: msg"). Inner texts (strerror/gai_strerror strings, OpenSSL error strings, boost asio what() strings, libpq and helper replies) are the usual texts and were not read in these repositories. zabbix/zabbix was too large to fetch (not used); tildeslash/monit had no snapshot (not used).
def _part_nc(add):
    _nc_squid(add)
    _nc_katran(add)
    _nc_pound(add)
    _nc_varnish_modules(add)
    _nc_icinga2(add)
    _nc_nagios_plugins(add)
    _nc_rrdtool(add)
    _nc_nrpe(add)


def _nc_squid(add):
    # --- squid-cache/squid: debugs() texts at DBG_IMPORTANT / DBG_CRITICAL ---
    R = "squid-cache/squid"
    add(R, "src/fs/ufs/UFSSwapDir.cc", S,
        "ERROR: opening swap log /var/spool/squid/swap.state: (13) Permission denied")
    add(R, "src/fs/ufs/UFSSwapLogParser.cc", Z, "ERROR: Unknown swap file version: 3")
    add(R, "src/fs/ufs/UFSSwapLogParser.cc", Z, "ERROR: Corrupted v2 swap file header.")
    add(R, "src/dns_internal.cc", Z, "ERROR: idnsGrokReply: Malformed DNS response")
    add(R, "src/dns_internal.cc", N, "ERROR: Failed to connect to nameserver 10.0.0.53 using TCP.")
    add(R, "src/comm.cc", N,
        "ERROR: commBind Cannot bind socket FD 14 to 10.0.0.12:3128: (98) Address already in use")
    add(R, "src/client_side.cc", N, "ERROR: Cannot SslBump-accept a TLS connection")
    add(R, "src/client_side_request.cc", T, "ERROR: URL rewrite helper: Timedout")
    add(R, "src/client_side.cc", T, "WARNING: Closing client connection due to lifetime timeout")
    add(R, "src/DiskIO/IpcIo/IpcIoFile.cc", T,
        "ERROR: /var/cache/squid/rock/rock communication channel establishment timeout")
    add(R, "src/auth/ntlm/UserRequest.cc", A,
        "ERROR: NTLM Authentication validating user. Result: {result=ERR, notes={message=NT_STATUS_LOGON_FAILURE}}")
    add(R, "src/ipc/FdNotes.cc", U, "ERROR: Squid BUG: wrong fd_note ID: 42")


def _nc_katran(add):
    # --- facebookincubator/katran: katran/lib LOG(ERROR) / PLOG(ERROR) / throw texts ---
    R = "facebookincubator/katran"
    add(R, "katran/lib/BpfLoader.cpp", S,
        "Error while opening bpf object: /usr/local/katran/bpf/balancer.bpf.o, error: No such file or directory")
    add(R, "katran/lib/FileWriter.cpp", S,
        "Error while trying to write to pcap file: /var/lib/stemedb/pcap/katran.pcap")
    add(R, "katran/lib/BaseBpfAdapter.cpp", N,
        "Unable to bind netlink socket: Address already in use [98]")
    add(R, "katran/lib/BaseBpfAdapter.cpp", N,
        "Error receiving netlink message: No buffer space available [105]")
    add(R, "katran/lib/KatranEventReader.cpp", Z,
        "size 12 is less than sizeof(struct event_metadata) 24, skipping")
    for typ, m in [(U, "trying to add already existing vip"),
                   (U, "exhausted real's space"),
                   (U, "can't attach lru when bpf progs are not loaded"),
                   (U, "trying to modify non-existing real: 10.0.0.21")]:
        add(R, "katran/lib/KatranLb.cpp", typ, m)
    add(R, "katran/lib/KatranEventReader.cpp", U, "writer queue is full")


def _nc_pound(add):
    # --- graygnuorg/pound: logmsg / phttp_log / conf_error_at_locus_range texts ---
    R = "graygnuorg/pound"
    for typ, m in [(N, "(7f3a2c1fe700) connect_nb: 10.0.0.21:8080: connect failed: Connection refused"),
                   (T, "(7f3a2c1fe700) connect_nb: 10.0.0.21:8080: poll timed out")]:
        add(R, "src/svc.c", typ, m)
    for typ, m in [(Z, "(7f3a2c1fe700) bad chunk header <zz1f>"),
                   (U, "(7f3a2c1fe700) chunk content too large"),
                   (T, "(7f3a2c1fe700) I/O time out in tunnel"),
                   (Z, "(7f3a2c1fe700) error reading data: malformed data"),
                   (N, "(7f3a2c1fe700): 10.0.0.31: handshake failed: connection reset by peer"),
                   (N, "(7f3a2c1fe700) e503: 10.0.0.31: \"GET /v1/keys HTTP/1.1\": handshake with backend failed: error:0A000086:SSL routines::certificate verify failed"),
                   (A, "This server could not verify that you are authorized to access the document requested.  Either you supplied the wrong credentials (e.g., bad password), or your browser doesn't understand how to supply the credentials required.")]:
        add(R, "src/http.c", typ, m)
    for typ, m in [(S, "/etc/pound/pound.cfg:41.3-30: can't open /etc/pound/backends.d: No such file or directory"),
                   (N, "/etc/pound/pound.cfg:12.9-40: /etc/pound/certs/site.pem: can't load certificate chain: error:0480006C:PEM routines::no start line"),
                   (U, "/etc/pound/pound.cfg:27.5-20: unknown session type")]:
        add(R, "src/config.c", typ, m)


def _nc_varnish_modules(add):
    # --- varnish/varnish-modules: VSLb(SLT_VCL_Error) / VRT_fail texts ---
    R = "varnish/varnish-modules"
    add(R, "src/vmod_bodyaccess.c", U, "Unbuffered req.body")
    add(R, "src/vmod_bodyaccess.c", U, "hash_req_body can only be used in vcl_hash{}")
    add(R, "src/vmod_saintmode.c", U,
        "Error: saintmode.denylist(): Saintmode not configured for this backend.")
    add(R, "src/vmod_str.c", U, "str.substr(): Out of workspace")
    add(R, "src/vmod_var.c", U, "vmod_var: alloc var: out of workspace")
    add(R, "src/vmod_tcp.c", N, "TCP_CONGESTION setsockopt() for \"bbr\" failed.")
    add(R, "src/vmod_tcp.c", N, "set_socket_pace(): Error setting pace rate.")


def _nc_icinga2(add):
    # --- Icinga/icinga2: Log(LogCritical/LogWarning) and thrown texts in lib/ ---
    R = "Icinga/icinga2"
    for typ, m in [(N, "Cannot bind TCP socket for host '0.0.0.0' on port '5665': bind: Address already in use"),
                   (T, "Timeout while reconnecting to endpoint 'node2' via host '10.0.0.12' and port '5665', cancelling attempt"),
                   (N, "Cannot connect to host '10.0.0.12' on port '5665': connect: Connection refused"),
                   (N, "Client TLS handshake failed (to [10.0.0.12]:5665): certificate verify failed"),
                   (Z, "Error converting log file name /var/lib/icinga2/api/log/17180x0000 to uint64: bad lexical cast: source type value could not be interpreted as target")]:
        add(R, "lib/remote/apilistener.cpp", typ, m)
    add(R, "lib/remote/apilistener-filesync.cpp", Z,
        "Ignoring file '/var/lib/icinga2/api/zones-stage/global-templates/_etc/logo.png' for cluster config sync: Does not contain valid UTF8. Binary files are not supported.")
    add(R, "lib/base/application.cpp", S, "Could not open PID file '/run/icinga2/icinga2.pid'.")
    add(R, "lib/perfdata/elasticsearchwriter.cpp", A,
        "401 Unauthorized. Please ensure that the user 'icinga' is able to authenticate against the HTTP API/Proxy.")
    add(R, "lib/remote/httpserverconnection.cpp", A, "Unauthorized request: GET /v1/objects/hosts")
    add(R, "lib/remote/jsonrpcconnection-pki.cpp", A, "Received ticket for CN 'node2' is invalid.")
    add(R, "lib/remote/apilistener-configsync.cpp", U,
        "Could not delete object 'node2!disk': Not created by the API.")
    add(R, "lib/base/array.cpp", U, "Array index '7' is out of bounds.")
    add(R, "lib/base/configuration.cpp", U, "Configuration attribute 'Concurrency' is read-only.")


def _nc_nagios_plugins(add):
    # --- nagios-plugins/nagios-plugins: plugin output texts (printf/die/usage4) ---
    R = "nagios-plugins/nagios-plugins"
    add(R, "plugins/netutils.c", T, "CRITICAL - Socket timeout")
    add(R, "plugins/netutils.c", N, "No data was received from host!")
    add(R, "plugins/check_http.c", N,
        "Invalid HTTP response received from host on port 8080: HTTP/1.1 502 Bad Gateway")
    add(R, "plugins/check_http.c", Z, "HTTP UNKNOWN - Failed to parse chunked body, invalid chunk size")
    add(R, "plugins/check_disk.c", S, "DISK CRITICAL: /var/lib/stemedb not found")
    add(R, "plugins/check_dns.c", T, "Connection to DNS 10.0.0.53 timed out")
    add(R, "plugins/check_dns.c", N, "Connection to DNS 10.0.0.53 was refused")
    add(R, "plugins/check_pgsql.c", A,
        "CRITICAL - no connection to 'stemedb' (FATAL:  password authentication failed for user \"nagios\").")
    add(R, "plugins/sslutils.c", N, "CRITICAL - Cannot make SSL connection.")
    add(R, "plugins/sslutils.c", N,
        "CRITICAL - Certificate 'db.internal' expired on 2026-03-01 12:00 +0000/UTC.")
    add(R, "plugins/utils.c", U, "check_http: Timeout value must be a positive integer")


def _nc_rrdtool(add):
    # --- oetiker/rrdtool-1.x: rrd_set_error texts, rrdcached responses ---
    R = "oetiker/rrdtool-1.x"
    for typ, m in [(S, "opening '/var/lib/stemedb/rrd/cpu.rrd': No such file or directory"),
                   (S, "could not lock RRD"),
                   (Z, "'/var/lib/stemedb/rrd/cpu.rrd' is not an RRD file"),
                   (Z, "can't handle RRD file version 0009"),
                   (Z, "reached EOF while loading header rrd->ds_def")]:
        add(R, "src/rrd_open.c", typ, m)
    for typ, m in [(S, "writing rrd: No space left on device"),
                   (U, "illegal attempt to update using time 1718000000 when last update time is 1718000300 (minimum one second step)"),
                   (Z, "expected 2 data source readings (got 1) from N:42"),
                   (U, "unknown DS name 'latency'")]:
        add(R, "src/rrd_update.c", typ, m)
    add(R, "src/rrd_client.c", N, "Unable to connect to rrdcached: Connection refused")
    add(R, "src/rrd_client.c", N,
        "failed to resolve address 'rrdcached.internal' (port 42217): Name or service not known (-2)")
    add(R, "src/rrd_daemon.c", S,
        "Cannot read/write /var/lib/stemedb/rrd/cpu.rrd: Permission denied")


def _nc_nrpe(add):
    # --- NagiosEnterprises/nrpe: daemon logit texts, check_nrpe output ---
    R = "NagiosEnterprises/nrpe"
    for typ, m in [(Z, "Error: Request packet had invalid CRC32."),
                   (Z, "Error: (use_ssl == true): Request packet version was invalid!"),
                   (A, "Host 10.0.0.77 is not allowed to talk to us!"),
                   (T, "Error: (!log_opts) Could not complete SSL handshake with 10.0.0.12: timeout 10 seconds"),
                   (N, "Error: (ERR_get_error = 0x0a0000c1), Could not complete SSL handshake with 10.0.0.12: no shared cipher"),
                   (N, "Bind to port 5666 on 0.0.0.0 failed: Address already in use."),
                   (S, "Cannot write to pidfile '/run/nrpe/nrpe.pid' - check your privileges."),
                   (S, "Unable to open config file '/etc/nagios/nrpe.cfg' for reading"),
                   (U, "Error: Request contained command arguments, but argument option is not enabled!")]:
        add(R, "src/nrpe.c", typ, m)
    add(R, "src/check_nrpe.c", T, "CHECK_NRPE STATE CRITICAL: Socket timeout after 10 seconds.")
    add(R, "src/check_nrpe.c", Z, "CHECK_NRPE: Invalid packet type received from server.")


# part_nd (holdout38): Go HTTP clients, RPC frameworks and middleware -- go-resty/resty (v2 at HEAD, plus the v3 branch read with `git show v3:<path>`), imroc/req, coder/websocket, micro/go-micro, apache/dubbo-go, grpc-ecosystem/go-grpc-middleware, zeromicro/go-zero, go-kratos/kratos; newest snapshots via fetch, each message read with `git show HEAD:<path>` in the file named per entry (errors.New / fmt.Errorf / perrors texts, status.Error descs with grpc's "rpc error: code = X desc = ..." rendering, each project's own error struct Error() format: go-micro JSON {"id","code","detail","status"}, kratos "error: code = N reason = R message = M metadata = map[] cause = <nil>", coder/websocket errd.Wrap "<prefix>: <err>" and CloseError "status = S and reason = "R"", and each project's logger prefix: resty "ERROR RESTY "/"WARN RESTY ", req "ERROR [req] "/"WARN [req] ", go-zero rest "(URI - remote) msg", slog "LEVEL msg k=v"); req's forked internal/http2, internal/http3 and internal/socks, dubbo-go's triple_protocol (a connect-go fork) and go-micro's codec/grpc copy of grpc-go texts were not used. Placeholders filled plausibly; inner Go stdlib texts (net dial/OpError, net/url parse, os open, encoding/json, context) are the usual Go texts, not read in these repositories.
def _part_nd(add):
    _nd_nd_resty(add)
    _nd_nd_req(add)
    _nd_nd_websocket(add)
    _nd_nd_go_micro(add)
    _nd_nd_dubbo(add)
    _nd_nd_grpc_middleware(add)
    _nd_nd_go_zero(add)
    _nd_nd_kratos(add)


def _nd_nd_resty(add):
    R = "go-resty/resty"
    # v2 (HEAD); the logger prefixes "ERROR RESTY " / "WARN RESTY " are read in util.go
    add(R, "request.go", N,
        "WARN RESTY Get \"http://10.0.0.12:18182/v1/status\": dial tcp 10.0.0.12:18182: connect: connection refused, Attempt 2")
    add(R, "request.go", U, "multipart content is not allowed in HTTP verb [GET]")
    add(R, "middleware.go", Z,
        "WARN RESTY Cannot unmarshal response body: invalid character '<' looking for beginning of value")
    add(R, "client.go", U, "resty: response body too large")
    add(R, "redirect.go", U, "redirect is not allowed as per DomainCheckRedirectPolicy")
    # v3 branch
    add(R, "circuit_breaker.go", U, "resty: circuit breaker open")
    add(R, "load_balancer.go", N, "resty: no active host")
    add(R, "client.go", U, "ERROR RESTY SetTLSClientConfig: resty: not a http.Transport type")
    add(R, "sse.go", N, "resty:sse: 503 Service Unavailable")
    add(R, "middleware.go", U, "resty: content-type encoder not found for application/x-msgpack")


def _nd_nd_req(add):
    R = "imroc/req"
    # logger prefix "LEVEL [req] " read in logger.go
    for typ, m in [(S, "ERROR [req] failed to read root cert file: open /etc/stemedb/tls/ca.pem: no such file or directory"),
                   (N, "ERROR [req] failed to load client cert: tls: failed to find any PEM data in certificate input"),
                   (Z, "WARN [req] failed to parse query string (key=a%zz): invalid URL escape \"%zz\""),
                   (Z, "ERROR [req] failed to parse proxy url http://proxy.internal:99999: parse \"http://proxy.internal:99999\": invalid port \":99999\" after host"),
                   (S, "ERROR [req] create dump file error: open /var/log/stemedb/req-dump.log: read-only file system"),
                   (Z, "req: SetHosts: invalid IP address \"10.0.0.300\" for host \"stemedb.internal\"")]:
        add(R, "client.go", typ, m)
    add(R, "request.go", S,
        "ERROR [req] failed to open /var/lib/stemedb/backup/snap-0042.tar: open /var/lib/stemedb/backup/snap-0042.tar: permission denied")
    add(R, "request.go", U, "retryable request should not have unreplayable Body (io.Reader)")
    add(R, "middleware.go", U, "bad ordered form data, the number of key-value pairs should be an even number")
    add(R, "redirect.go", U, "redirect domain [evil.example.com] is not allowed")
    add(R, "response.go", U, "req: response body too large")


def _nd_nd_websocket(add):
    R = "coder/websocket"
    add(R, "conn.go", T, "failed to ping: failed to wait for pong: context deadline exceeded")
    add(R, "dial.go", N,
        "failed to WebSocket dial: failed to send handshake request: Get \"http://10.0.0.12:18182/v1/watch\": dial tcp 10.0.0.12:18182: connect: connection refused")
    add(R, "dial.go", N, "failed to WebSocket dial: expected handshake response status code 101 but got 502")
    add(R, "accept.go", N, "failed to accept WebSocket connection: WebSocket protocol violation: missing Sec-WebSocket-Key")
    add(R, "accept.go", A,
        "failed to accept WebSocket connection: request Origin \"evil.example.com\" is not authorized for Host \"10.0.0.12:18182\"")
    for typ, m in [(N, "failed to get reader: received close frame: status = StatusGoingAway and reason = \"server shutting down\""),
                   (U, "failed to get reader: previous message not read to completion"),
                   (N, "failed to get reader: received unmasked frame from client"),
                   (N, "received header with unexpected rsv bits set: true:false:false"),
                   (U, "websocket: message too big: read limited at 32769 bytes")]:
        add(R, "read.go", typ, m)
    add(R, "netconn.go", T, "failed to read: context deadline exceeded")
    add(R, "wsjson/wsjson.go", Z,
        "failed to read JSON message: failed to unmarshal JSON: invalid character 'x' looking for beginning of value")


def _nd_nd_go_micro(add):
    R = "micro/go-micro"
    # errors.Error() is the JSON of {id, code, detail, status} (errors/errors.go, errors.pb.go json tags)
    for typ, m in [(T, "{\"id\":\"go.micro.client\",\"code\":408,\"detail\":\"call timeout: context deadline exceeded\",\"status\":\"Request Timeout\"}"),
                   (N, "{\"id\":\"go.micro.client\",\"code\":500,\"detail\":\"connection error: dial tcp 10.0.0.12:18182: connect: connection refused\",\"status\":\"Internal Server Error\"}"),
                   (N, "{\"id\":\"go.micro.client\",\"code\":500,\"detail\":\"error getting next stemedb.api node: none available\",\"status\":\"Internal Server Error\"}")]:
        add(R, "client/rpc_client.go", typ, m)
    add(R, "auth/auth.go", A, "resource forbidden")
    add(R, "server/rpc_router.go", Z, "rpc: router cannot decode request: proto: cannot parse invalid wire-format data")
    add(R, "server/rpc_router.go", U, "rpc: can't find method Replicate")
    add(R, "broker/rabbitmq/channel.go", N, "could not publish message, received nack from broker on confirmation")
    add(R, "broker/nats/pool.go", U, "connection pool exhausted")
    add(R, "transport/http_proxy.go", N, "failed to do connect handshake, response: \"HTTP/1.1 502 Bad Gateway\\r\\nContent-Length: 0\\r\\n\\r\\n\"")
    add(R, "server/grpc/grpc.go", T, "gRPC Server graceful stop timed out after 10s, forcing stop")
    add(R, "server/grpc/grpc.go", N,
        "Broker [rabbitmq] connect error: dial tcp 10.0.0.12:5672: connect: connection refused")


def _nd_nd_dubbo(add):
    R = "apache/dubbo-go"
    add(R, "cluster/cluster/failover/cluster_invoker.go", N,
        "Failed to invoke the method Put of the service com.stemedb.api.KVService .No provider is available because can't connect server.")
    add(R, "remoting/exchange_client.go", N, "Failed to connect server 10.0.0.12:20880")
    add(R, "remoting/getty/listener.go", T, "heartbeat read timeout")
    add(R, "remoting/getty/readwriter.go", U, "[Remoting][Getty] data length 9437184 too large, max payload=8388608")
    add(R, "protocol/base/base_invoker.go", N, "remoting client has closed")
    add(R, "filter/auth/default_authenticator.go", A, "failed to authenticate, signature is not correct", True)
    add(R, "filter/auth/default_authenticator.go", A,
        "failed to authenticate your ak/sk, maybe the consumer has not enabled the auth")
    add(R, "protocol/dubbo/impl/const.go", Z, "header buffer too short")
    add(R, "protocol/dubbo/impl/codec.go", Z, "Unrecognized message type: 7")
    add(R, "filter/adaptivesvc/limiter/limiter.go", U, "reach limitation")
    add(R, "common/url.go", Z,
        "URL.Parse(URL string{dubbo://10.0.0.12:99999/com.stemedb.api.KVService}),  error{parse \"dubbo://10.0.0.12:99999/com.stemedb.api.KVService\": invalid port \":99999\" after host}")
    add(R, "config_center/file/listener.go", S,
        "[ConfigCenter][File] read file, path=/etc/stemedb/dubbo/router.yaml err=open /etc/stemedb/dubbo/router.yaml: permission denied")
    add(R, "registry/nacos/registry.go", N, "registry unavailable")


def _nd_nd_grpc_middleware(add):
    R = "grpc-ecosystem/go-grpc-middleware"
    add(R, "interceptors/auth/metadata.go", A, "rpc error: code = Unauthenticated desc = Request unauthenticated with bearer")
    add(R, "interceptors/auth/metadata.go", A, "rpc error: code = Unauthenticated desc = Bad authorization string")
    add(R, "interceptors/ratelimit/ratelimit.go", U,
        "rpc error: code = ResourceExhausted desc = /stemedb.v1.KV/Put is rejected by grpc_ratelimit middleware, please retry later. too many requests")
    add(R, "interceptors/retry/retry.go", U,
        "rpc error: code = Unimplemented desc = grpc_retry: cannot retry on ClientStreams, set grpc_retry.Disable()")
    add(R, "interceptors/protovalidate/protovalidate.go", U,
        "rpc error: code = Internal desc = unsupported message type: *stemedbpb.PutRequest")
    add(R, "interceptors/recovery/interceptors.go", U,
        "panic caught: runtime error: index out of range [3] with length 3\n\ngoroutine 118 [running]:\nruntime/debug.Stack()")
    add(R, "interceptors/logging/interceptors.go", U,
        "level=ERROR msg=\"payload is not a google.golang.org/protobuf/proto.Message; programmatic error?\" protocol=grpc grpc.component=server grpc.service=stemedb.v1.KV grpc.method=Put grpc.method_type=unary grpc.response.type=*stemedbpb.PutResponse")
    add(R, "interceptors/logging/interceptors.go", N,
        "level=WARN msg=\"finished call\" protocol=grpc grpc.component=client grpc.service=stemedb.v1.Raft grpc.method=AppendEntries grpc.method_type=unary grpc.code=Unavailable grpc.error=\"rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while dialing: dial tcp 10.0.0.13:7000: connect: connection refused\\\"\" grpc.time_ms=3.2")


def _nd_nd_go_zero(add):
    R = "zeromicro/go-zero"
    add(R, "zrpc/internal/client.go", T,
        "rpc dial: etcd://10.0.0.12:2379/stemedb.rpc, error: context deadline exceeded, make sure rpc service \"stemedb.rpc\" is already started")
    add(R, "zrpc/internal/serverinterceptors/sheddinginterceptor.go", U,
        "rpc error: code = ResourceExhausted desc = service overloaded")
    add(R, "zrpc/internal/auth/auth.go", A, "rpc error: code = Unauthenticated desc = app/token required")
    add(R, "zrpc/internal/auth/auth.go", A, "rpc error: code = Unauthenticated desc = access denied")
    add(R, "rest/handler/contentsecurityhandler.go", A,
        "Signature verification failed, X-Content-Security: key=c2VjcmV0LWtleQ==; secret=ZW5jcnlwdGVk; signature=9f2c1e0a7b", True)
    add(R, "rest/handler/authhandler.go", A,
        "authorize failed: invalid auth token\n=> GET /v1/kv/get?key=a HTTP/1.1\r\nHost: 10.0.0.12:18182\r\n\r\n")
    add(R, "rest/handler/maxbyteshandler.go", U,
        "(/v1/kv/put - 10.0.0.21:53412) request entity too large, limit is 8388608, but got 16777216, rejected with code 413")
    add(R, "rest/handler/maxconnshandler.go", U,
        "(/v1/kv/scan - 10.0.0.21:53412) concurrent connections over 10000, rejected with code 503")
    add(R, "core/syncx/timeoutlimit.go", T, "borrow timeout")
    add(R, "core/syncx/limit.go", U, "discarding limited token, resource pool is full, someone returned multiple times")
    add(R, "rest/httpc/internal/loginterceptor.go", N,
        "[HTTP] POST http://10.0.0.12:18182/v1/kv/put - Post \"http://10.0.0.12:18182/v1/kv/put\": dial tcp 10.0.0.12:18182: connect: connection refused")
    add(R, "core/mapping/unmarshaler.go", Z, "type mismatch for field \"Port\", expect \"int\", actual \"string\"")


def _nd_nd_kratos(add):
    R = "go-kratos/kratos"
    # errors.Error(): "error: code = %d reason = %s message = %s metadata = %v cause = %v" (errors/errors.go)
    add(R, "contrib/middleware/jwt/jwt.go", A,
        "error: code = 401 reason = UNAUTHORIZED message = JWT token has expired metadata = map[] cause = <nil>")
    add(R, "contrib/middleware/jwt/jwt.go", A,
        "error: code = 401 reason = UNAUTHORIZED message = JWT token is missing metadata = map[] cause = <nil>")
    add(R, "contrib/middleware/jwt/jwt.go", A,
        "error: code = 401 reason = UNAUTHORIZED message = Wrong signing method metadata = map[] cause = <nil>")
    add(R, "middleware/circuitbreaker/circuitbreaker.go", U,
        "error: code = 503 reason = CIRCUITBREAKER message = request failed due to circuit breaker triggered metadata = map[] cause = <nil>")
    add(R, "middleware/ratelimit/ratelimit.go", U,
        "error: code = 429 reason = RATELIMIT message = service unavailable due to rate limit exceeded metadata = map[] cause = <nil>")
    add(R, "selector/selector.go", N,
        "error: code = 503 reason = no_available_node message =  metadata = map[] cause = <nil>")
    add(R, "transport/http/codec.go", Z,
        "error: code = 400 reason = CODEC message = body unmarshal invalid character '}' looking for beginning of object key string metadata = map[] cause = <nil>")
    add(R, "transport/http/codec.go", U,
        "error: code = 400 reason = CODEC message = unregister Content-Type: application/x-yaml metadata = map[] cause = <nil>")
    add(R, "transport/grpc/resolver/discovery/builder.go", T, "discovery create watcher overtime")
    add(R, "transport/http/resolver.go", T,
        "ERROR http client watch service reached context deadline target=discovery:///stemedb.api")
    add(R, "transport/grpc/server.go", T, "WARN [gRPC] server couldn't stop gracefully in time, doing force stop")
    add(R, "transport/http/client.go", Z,
        "[http client] invalid endpoint format \"10.0.0.12:99999\": strconv.ParseUint: parsing \"99999\": value out of range")


def holdout38(add):
    for part in (_part_na, _part_nb, _part_nc, _part_nd):
        part(add)
