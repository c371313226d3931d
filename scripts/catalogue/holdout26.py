"""The twenty-sixth blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_ha (holdout26): Rust embedded key-value stores, caches and their file formats -- surrealdb/surrealkv, dermesser/leveldb-rs, arthurprs/canopydb, TheNeikos/rustbreak, jaemk/cached, al8n/stretto, khonsulabs/okaywal, zshipko/rust-kv, Fullstop000/wickdb; snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (Display/#[error] arm plus the string it is built from), placeholders filled plausibly; inner errors filled only with std io/utf8/time texts.
def _part_ha(add):
    # --- surrealdb/surrealkv: Error Display (src/error.rs) + wal::Error, BPlusTreeError, SSTableError ---
    R = "surrealdb/surrealkv"
    for typ, m in [(S, "IO error: Structure needs cleaning (os error 117)"),
                   (U, "Transaction write conflict"),
                   (U, "Transaction is read-only"),
                   (U, "Transaction retry required: snapshot is older than the commit oracle's GC window"),
                   (U, "Memtable arena is full"),
                   (U, "Write stall: L0FileLimit"),
                   (U, "Interleaved iteration not supported: cannot mix next() and next_back() on same iterator")]:
        add(R, "src/error.rs", typ, m)
    add(R, "src/lockfile.rs", S, "Other error: Database at /var/lib/stemedb/data is already locked by another process")
    add(R, "src/lsm.rs", S, "Other error: Failed to sync WAL directory '/var/lib/stemedb/data/wal': Input/output error (os error 5)")
    add(R, "src/vlog.rs", Z, "Data corruption detected: Invalid VLog magic number: expected 0x564C4F47, got 0x00000000")
    add(R, "src/vlog.rs", Z, "Data corruption detected: Key+Value CRC32 mismatch (file_id=3, offset=1048576): expected 2882343476, calculated 1193046")
    add(R, "src/wal/recovery.rs", Z, "WAL corruption in segment 12 at offset 32768: Corrupted WAL record: kind=other error, message=IO error: kind=other error, message=checksum mismatch, segment_id=12, offset=32768")
    add(R, "src/wal/mod.rs", U, "WAL error: Record is too large to fit in a segment. Increase max segment size")
    add(R, "src/bplustree/tree.rs", Z, "B+ tree error: Corrupted trunk page at offset 8192")
    add(R, "src/sstable/error.rs", Z, "SSTable error: Failed to decode restart point 7 at offset 4090")
    add(R, "src/levels/mod.rs", Z, "Failed to load manifest: Unsupported manifest format version: 7")
    add(R, "src/levels/mod.rs", Z, "Manifest corruption detected: log_number 42 exceeds WAL segments (max=40). Possible manifest corruption or incomplete backup restoration.")

    # --- dermesser/leveldb-rs: Status Display "{code:?}: {msg}" (src/error.rs), disk_env map_err_with_name ---
    R = "dermesser/leveldb-rs"
    add(R, "src/db_impl.rs", S, "LockError: database lock is held by another instance")
    add(R, "src/disk_env.rs", S, "LockError: lock on database is already held by different process")
    add(R, "src/disk_env.rs", S, "open (randomaccess): NotFound: No such file or directory (os error 2): /var/lib/stemedb/data/000123.ldb")
    add(R, "src/disk_env.rs", S, "mkdir: PermissionDenied: Permission denied (os error 13): /var/lib/stemedb/data")
    add(R, "src/db_impl.rs", U, "InvalidArgument: database does not exist and create_if_missing is false")
    add(R, "src/db_impl.rs", U, "AlreadyExists: database already exists")
    add(R, "src/db_impl.rs", S, "Corruption: missing live files (see log)")
    add(R, "src/log.rs", Z, "Corruption: Invalid Checksum")
    add(R, "src/table_reader.rs", Z, "Corruption: Couldn't decode damaged footer [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]")
    add(R, "src/table_block.rs", S, "IOError: Failed to read complete block and trailer")
    add(R, "src/table_cache.rs", Z, "InvalidData: file is empty")
    add(R, "src/table_cache.rs", U, "NotFound: table not present in cache")
    add(R, "src/version_edit.rs", Z, "Corruption: Bad comparator encoding")
    add(R, "src/error.rs", U, "LockError: lock poisoned")
    add(R, "src/disk_env.rs", S, "open (write): IOError: Read-only file system (os error 30): /var/lib/stemedb/data/000007.dbtmp")

    # --- arthurprs/canopydb: Error displays as its Debug form ("{:?}", src/error.rs) ---
    R = "arthurprs/canopydb"
    add(R, "src/env.rs", S, "EnvironmentLocked")
    add(R, "src/error.rs", U, "WriteConflict")
    add(R, "src/env.rs", U, 'DatabaseAlreadyOpen("events")')
    add(R, "src/lib.rs", U, 'Validation("Tree name is too long")')
    add(R, "src/env.rs", U, 'Validation("Transaction belongs to a different Environment")')
    add(R, "src/lib.rs", Z, 'Io(Custom { kind: InvalidData, error: "Invalid magic number in metapage header" })')
    add(R, "src/lib.rs", Z, 'Io(Custom { kind: InvalidData, error: "Data file irrecoverable, metapages are corrupt" })')
    add(R, "src/lib.rs", Z, 'Io(Custom { kind: InvalidData, error: "PageId mismatch 4182 != 4183" })')
    add(R, "src/env.rs", S, 'FatalIo(Os { code: 28, kind: StorageFull, message: "No space left on device" })')
    add(R, "src/allocator.rs", S, 'Io(Custom { kind: Other, error: "No free pages left" })')
    add(R, "src/lib.rs", Z, 'Io(Custom { kind: InvalidData, error: "Data file is smaller than expected, expected at least 8388608 bytes got 4194304" })')
    add(R, "src/env.rs", S, 'Io(Custom { kind: Other, error: "Failed removing deleted database events: Permission denied (os error 13)" })')

    # --- TheNeikos/rustbreak: thiserror texts (src/error.rs) ---
    R = "TheNeikos/rustbreak"
    for typ, m in [(Z, "Could not deserialize the value"),
                   (U, "The database has been poisoned"),
                   (S, "The backend has encountered an error"),
                   (U, "The write operation paniced but got caught"),
                   (S, "An I/O Error occured"),
                   (S, "An error while persisting the file occured"),
                   (Z, "An error with Ron occured"),
                   (Z, "An error with Bincode occured"),
                   (Z, "An error with yaml occured"),
                   (U, "An internal error to rustbreak occured, please report it to the maintainers")]:
        add(R, "src/error.rs", typ, m)

    # --- jaemk/cached: RedbCache/RedisCache errors and BuildError ---
    R = "jaemk/cached"
    add(R, "src/stores/redb.rs", S, "I/O error preparing the disk cache directory: Permission denied (os error 13)")
    add(R, "src/stores/redb.rs", U, "invalid cache_name: must not be empty or '.'/'..', and must not contain characters invalid in a filename (a path separator '/' or '\\\\', any of ':' '<' '>' '\"' '|' '?' '*', or an ASCII control character); cache_name is used as a cross-platform filename component")
    add(R, "src/stores/redis.rs", N, "redis error: Connection reset by peer (os error 104)")
    add(R, "src/stores/redis.rs", U, 'Connection string not specified or invalid in env var "CACHED_REDIS_CONNECTION_STRING": environment variable not found')
    add(R, "src/stores/redis.rs", U, "client_side_caching requires RESP3 but the connection URL explicitly pins protocol=resp2; remove the protocol parameter or set it to resp3")
    add(R, "src/stores/lru.rs", U, "required field `max_size` was not set")
    add(R, "src/stores/lru.rs", U, "invalid value for field `max_size`: allocation failed")
    add(R, "src/stores/mod.rs", U, "max_size must be greater than zero")

    # --- al8n/stretto: CacheError thiserror texts (src/error.rs), messages from src/cache/sync.rs ---
    R = "al8n/stretto"
    for typ, m in [(U, "num_counters can't be zero"),
                   (U, "max_cost can't be zero"),
                   (U, "buffer_size can't be zero"),
                   (U, "invalid false positive ratio: 1.5, which should be in range (0.0, 1.0)")]:
        add(R, "src/error.rs", typ, m)
    add(R, "src/sketch.rs", U, "invalid number of samples: 0")
    add(R, "src/cache/sync.rs", U, "fail to send msg to channel: fail to enqueue clear marker: channel closed")
    add(R, "src/cache/sync.rs", U, "channel error: clear() cannot be called from a CacheCallback: it would wait on the processor thread that is currently running the callback")
    add(R, "src/cache/sync.rs", U, "channel error: failed to send delete to insert buffer: channel closed")

    # --- khonsulabs/okaywal: io::Error custom messages ---
    R = "khonsulabs/okaywal"
    add(R, "src/log_file.rs", Z, "segment file did not contain magic code")
    add(R, "src/log_file.rs", Z, "segment file was written with a newer version")
    add(R, "src/entry.rs", U, "written length does not match expected length")
    add(R, "src/lib.rs", U, "crc cannot be checked before reading all chunk bytes")
    add(R, "src/lib.rs", U, "invalid log position")
    add(R, "src/to_io_result.rs", U, "sender disconnected")

    # --- zshipko/rust-kv: thiserror texts (src/error.rs) ---
    R = "zshipko/rust-kv"
    for typ, m in [(U, "Configuration is invalid"),
                   (U, "RwLock is poisoned"),
                   (Z, "UTF8 error"),
                   (Z, "String UTF8 error"),
                   (S, "IO error: Bad file descriptor (os error 9)"),
                   (U, "SystemTime: second time provided was later than self")]:
        add(R, "src/error.rs", typ, m)

    # --- Fullstop000/wickdb: quick_error displays (src/error.rs), wickdb's own hints ---
    R = "Fullstop000/wickdb"
    add(R, "src/db/mod.rs", U, "try to operate a closed db: get request")
    add(R, "src/db/mod.rs", U, "try to operate a closed db: schedule WriteBatch")
    add(R, "src/mem/mod.rs", U, "key seeking failed: None")
    add(R, "src/storage/file.rs", S, "I/O operation error: Too many open files (os error 24)")
    add(R, "src/db/mod.rs", U, "RecvError")


# part_hb (holdout26): Go API gateways, reverse proxies and rate limiters -- luraproject/lura (KrakenD core), krakendio/krakend-jose, TykTechnologies/tyk, fabiolb/fabio, vulcand/oxy, zalando/skipper, envoyproxy/ratelimit, ulule/limiter; newest snapshots via fetch, read with git show HEAD:<path>; each message read in the file named per entry (errors.New / fmt.Errorf / Error() string / http.Error / logger format text), placeholders and wrapped inner errors (%w, %v, %s) filled plausibly with Go stdlib-style texts. go-chi/httprate was read but prints only net/http's StatusText and the caller's error, so none of its wordings are its own.
def _part_hb(add):
    _hb_krakend(add)
    _hb_tyk(add)
    _hb_fabio_oxy(add)
    _hb_skipper(add)
    _hb_limiters(add)


def _hb_krakend(add):
    # --- luraproject/lura (the KrakenD framework) ---
    R = "luraproject/lura"
    add(R, "async/asyncagent.go", U, "no agent factories defined")
    for typ, m in [(U, "can not use NoOp encoding with more than one backends connected to the same endpoint"),
                   (U, "ignoring the 'GET /v1/users' endpoint, since it has 0 backends defined!"),
                   (Z, "unsupported version: 2 (want: 3)"),
                   (U, "undefined output param 'id'! endpoint: GET /v1/users/{id}, backend: 0. input: [user], output: [id]")]:
        add(R, "config/config.go", typ, m)
    add(R, "config/uri.go", U, "host http//10.0.0.12:8080 not valid: invalid host")
    for typ, m in [(Z, "'/etc/krakend/krakend.json': invalid character '}' looking for beginning of object key string, offset: 1423, row: 57, col: 5"),
                   (S, "'/etc/krakend/krakend.json' (open): no such file or directory")]:
        add(R, "config/parser.go", typ, m)
    add(R, "sd/loadbalancing.go", N, "no hosts available")
    add(R, "transport/http/client/status.go", N, "invalid status code 503 [GET /v1/query]: http://10.0.0.12:8080/v1/query")

    # --- krakendio/krakend-jose (JWT validation/signing for KrakenD; log lines are lura's Println of prefix + text) ---
    R = "krakendio/krakend-jose"
    for m in ["[ENDPOINT: /v1/orders][JWTValidator] Token sent by client does not have sufficient roles",
              "[ENDPOINT: /v1/orders][JWTValidator] Token sent by client does not have the required scopes"]:
        add(R, "gin/jose.go", A, m)
    for typ, m in [(N, "JWK client did not find a pinned key"),
                   (N, "JWK client is using an insecure connection to the JWK service"),
                   (A, "key 'a1b2c3d4e5' not found in the key set"),
                   (Z, "decoding fingerprint #0: illegal base64 data at input byte 43"),
                   (S, "failed to append \"/etc/krakend/certs/ca.pem\" to RootCAs: open /etc/krakend/certs/ca.pem: no such file or directory")]:
        add(R, "jwk.go", typ, m)
    add(R, "key_cacher.go", A, "key exists but is expired")
    add(R, "jose.go", U, "JOSE: unknown algorithm HS257")
    add(R, "jws.go", Z, "unable to serialize payload: json: unsupported type: chan int")


def _hb_tyk(add):
    # --- TykTechnologies/tyk (gateway) ---
    R = "TykTechnologies/tyk"
    add(R, "gateway/mw_auth_key.go", A, "Request signature verification failed", True)
    add(R, "gateway/mw_http_signature_validation.go", A, "Signature string does not match!", True)
    # "invalid checksum" (gateway/coprocess_bundle.go) left out: a test-set text.
    add(R, "gateway/coprocess_bundle.go", A, "Bundle isn't signed")
    for typ, m in [(N, "all hosts are down, uptime tests are failing"),
                   (N, "http: proxy error: dial tcp 10.0.0.12:8080: connect: connection refused"),
                   (T, "Upstream service reached hard timeout."),
                   (N, "Upstream host lookup failed")]:
        add(R, "gateway/reverse_proxy.go", typ, m)
    add(R, "gateway/mw_key_expired_check.go", A, "Key has expired, please renew")
    add(R, "gateway/mw_organisation_activity.go", U, "This organisation rate limit has been exceeded, please contact your API administrator")
    add(R, "gateway/mw_js_plugin.go", T, "JS middleware timed out after 5s")
    add(R, "gateway/mw_validate_json.go", Z, "JSON parsing error: invalid character 'u' looking for beginning of value")
    add(R, "storage/redis_cluster.go", N, "Error trying to get singleton instance: storage: Redis is either down or was not configured")
    add(R, "gateway/api.go", S, "file object creation failed, write error")
    add(R, "gateway/mw_redis_cache.go", Z, "Decoding failed, array length wrong")
    add(R, "gateway/mw_jwt.go", A, "Unexpected signing method: RS256 and not HMAC signature")


def _hb_fabio_oxy(add):
    # --- fabiolb/fabio (consul-driven load balancer) ---
    R = "fabiolb/fabio"
    add(R, "cert/vault_client.go", A, "vault: no token")
    for m in ["not a TLS handshake",
              "invalid client hello length (fragmentation not implemented)"]:
        add(R, "proxy/tcp/tls_clienthello.go", N, m)
    add(R, "proxy/listen.go", N, "listen: Fail to listen. listen tcp :9999: bind: address already in use")
    add(R, "route/table.go", U, "route: no target match")
    for m in ["line 3: syntax error: 'route' expected",
              "syntax error: weight value invalid"]:
        add(R, "route/parse_new.go", Z, m)
    add(R, "config/load.go", U, "invalid proxy.strategy: fastest")
    add(R, "cert/consul_source.go", N, "consul: list: Get \"http://127.0.0.1:8500/v1/kv/fabio/cert?consistent=&recurse=\": dial tcp 127.0.0.1:8500: connect: connection refused")
    add(R, "metrics/provider_statsd.go", N, "error resolving statsd address statsd.internal:8125: lookup statsd.internal: no such host")

    # --- vulcand/oxy (forwarder, round robin, limiters) ---
    R = "vulcand/oxy"
    add(R, "connlimit/connlimit.go", U, "max connections reached: 100")
    add(R, "ratelimit/tokenlimiter.go", U, "max rate reached: retry-in 1.5s")
    add(R, "roundrobin/rr.go", N, "no servers in the pool")
    add(R, "roundrobin/rr.go", U, "all servers have 0 weight")
    add(R, "roundrobin/stickycookie/aes_value.go", Z, "post-base64-decoded string is too short")
    add(R, "utils/auth.go", Z, "failed to parse header 'Basic dXNlcjpwYXNz!', base64 failed: illegal base64 data at input byte 12")
    for typ, m in [(N, "'502 Bad Gateway' caused by: dial tcp 10.0.0.12:8080: connect: connection refused"),
                   (T, "'504 Gateway Timeout' caused by: net/http: timeout awaiting response headers"),
                   (U, "'499 Client Closed Request' caused by: context canceled")]:
        add(R, "utils/handler.go", typ, m)
    add(R, "utils/netutils.go", U, "the response writer that was wrapped in this proxy, does not implement http.Hijacker. It is of type: *gzip.GzipResponseWriter")


def _hb_skipper(add):
    # --- zalando/skipper (HTTP router / reverse proxy; proxyError's Error() is "dialing failed %v: %v") ---
    R = "zalando/skipper"
    for typ, m in [(N, "dialing failed true: dial tcp 10.0.0.12:8080: connect: connection refused"),
                   (T, "dialing failed false: net.Error during backend roundtrip to 10.0.0.12:8080: timeout=true temporary='true': net/http: timeout awaiting response headers"),
                   (N, "dialing failed false: circuit breaker open"),
                   (U, "dialing failed false: panic caused by: runtime error: invalid memory address or nil pointer dereference")]:
        add(R, "proxy/proxy.go", typ, m)
    for typ, m in [(Z, "failed to decrypt, ciphertext too short 11"),
                   (A, "none of the ciphers can decrypt the data")]:
        add(R, "secrets/encrypter.go", typ, m)
    add(R, "filters/auth/grant.go", A, "expired access token")
    add(R, "ratelimit/ratelimit.go", U, "invalid ratelimit type sliding (allowed values are: client, service or disabled)")
    add(R, "ratelimit/redis.go", Z, "failed to convert value to int64: strconv.ParseInt: parsing \"1715.5\": invalid syntax")
    add(R, "net/httpclient.go", S, "cert file not found: /etc/skipper/tls/tls.crt")
    add(R, "secrets/certregistry/certregistry.go", N, "failed parsing leaf certificate: x509: malformed certificate")
    add(R, "eskip/lexer.go", Z, "parse failed after token ->, last route id: api_v1, position 57: syntax error")


def _hb_limiters(add):
    # --- envoyproxy/ratelimit (Go rate limit service; RateLimitConfigError is "<file>: <text>") ---
    R = "envoyproxy/ratelimit"
    for typ, m in [(T, "timed out waiting for Redis connection to redis://10.0.0.12:6379 after 30s: dial tcp 10.0.0.12:6379: connect: connection refused"),
                   (U, "Unrecognized redis type clustered")]:
        add(R, "src/redis/driver_impl.go", typ, m)
    add(R, "src/service/ratelimit.go", U, "no rate limit configuration loaded")
    add(R, "src/server/tls.go", N, "missing client cert")
    add(R, "src/srv/srv.go", Z, "could not parse _memcache._tcp.cache.internal to SRV parts")
    add(R, "src/memcached/cache_impl.go", N, "Unable to fetch servers from SRV")
    for typ, m in [(Z, "config.yaml: error loading config file: yaml: line 12: did not find expected key"),
                   (Z, "config.yaml: config error, unknown key 'ratelimits'"),
                   (U, "config.yaml: duplicate domain 'edge_proxy' in config file")]:
        add(R, "src/config/config_impl.go", typ, m)
    for typ, m in [(N, "failed to load the provided TLS CA certificate: /etc/ratelimit/certs/ca.pem"),
                   (S, "failed to read file: /etc/ratelimit/certs/ca.pem: open /etc/ratelimit/certs/ca.pem: permission denied")]:
        add(R, "src/utils/tls.go", typ, m)

    # --- ulule/limiter (rate limiter with memory and redis stores) ---
    R = "ulule/limiter"
    add(R, "drivers/middleware/stdlib/options.go", U, "Limit exceeded")
    for typ, m in [(N, "failed to load \"incr\" lua script: dial tcp 10.0.0.12:6379: connect: connection refused"),
                   (T, "failed to load \"peek\" lua script: dial tcp 10.0.0.12:6379: i/o timeout"),
                   (N, "an error has occurred with redis command: read tcp 10.0.0.5:51234->10.0.0.12:6379: read: connection reset by peer"),
                   (Z, "two elements in result were expected"),
                   (Z, "type of the count and/or ttl should be number")]:
        add(R, "drivers/store/redis/store.go", typ, m)
    for typ, m in [(Z, "incorrect format '1000/h'"),
                   (U, "incorrect period 'W'"),
                   (U, "incorrect limit 'ten'")]:
        add(R, "rate.go", typ, m)


# part_hc (holdout26): C/C++ embedded storage engines - symisc/unqlite, estraier/tkrzw, pmwkaa/sophia, cruppstahl/upscaledb, couchbase/forestdb, hse-project/hse, Softmotions/iowow, spotify/sparkey; newest snapshots via fetch, read with git show HEAD:<path>; each message read in the file named per entry (with the prefix/format code that builds the logged line: unqliteGenError, tkrzw Status::operator std::string + GetErrnoStatus, sophia sr_errorset "file:line ", upscaledb dbg_log "function: ", forestdb fdb_log/_log_errno_str, hse log_impl + merr_strinfo, iowow iwlog format + ecode_explained, sparkey_errstring); placeholders filled plausibly.
def _part_hc(add):
    # --- symisc/unqlite: unqliteGenError / xErr texts appended to the error log ---
    R = "symisc/unqlite"
    for typ, m, p in [
        (S, "IO error while reading journal file '/var/lib/stemedb/data/meta.db_unqlite_journal' header", "src/pager.c"),
        (S, "Cannot acquire an exclusive lock on the database while journal rollback", "src/pager.c"),
        (S, "IO error while reading database header", "src/pager.c"),
        (S, "Another process or thread have a reserved or exclusive lock on this database", "src/pager.c"),
        (S, "IO error while writing dirty pages, rollback your database", "src/pager.c"),
        (Z, "Malformed database image", "src/pager.c"),
        (Z, "Corrupt collection 'sessions' header", "src/unqlite_vm.c"),
        (Z, "Corrupt overflow page", "src/lhash_kv.c"),
        (U, "Journal record limit reached, commit your changes", "src/pager.c"),
        (U, "Storage engine 'stemedb_kv' does not support cursors", "src/pager.c"),
        (U, "Collection 'sessions' not defined in the underlying database", "src/unqlite_vm.c"),
        (U, "xReplace() method not implemented in the underlying storage engine", "src/api.c"),
    ]:
        add(R, p, typ, m)

    # --- estraier/tkrzw: Status "CODE_NAME: message" (tkrzw_lib_common.h), errno texts from GetErrnoStatus ---
    R = "estraier/tkrzw"
    for typ, m, p in [
        (S, "SYSTEM_ERROR: pwrite: low-level I/O error", "tkrzw_sys_util_posix.h"),
        (S, "INFEASIBLE_ERROR: pwrite: no enough space", "tkrzw_sys_util_posix.h"),
        (S, "PERMISSION_ERROR: open: permission denied", "tkrzw_file_pos.cc"),
        (S, "NOT_FOUND_ERROR: open: no such file", "tkrzw_file_mmap.cc"),
        (S, "SYSTEM_ERROR: fcntl-lock: temporarily unavailable", "tkrzw_file_pos.cc"),
        (S, "INFEASIBLE_ERROR: open: exceeding process limit", "tkrzw_file_pos.cc"),
        (Z, "BROKEN_DATA_ERROR: bad magic data", "tkrzw_dbm_hash.cc"),
        (Z, "BROKEN_DATA_ERROR: invalid package version", "tkrzw_dbm_hash.cc"),
        (Z, "BROKEN_DATA_ERROR: decompression failed", "tkrzw_dbm_hash_impl.cc"),
        (U, "PRECONDITION_ERROR: not opened database", "tkrzw_dbm_hash.cc"),
        (U, "NOT_IMPLEMENTED_ERROR: unsupported compression", "tkrzw_dbm_hash.cc"),
        (U, "INVALID_ARGUMENT_ERROR: unknown DBM class", "tkrzw_dbm_poly.cc"),
    ]:
        add(R, p, typ, m)

    # --- pmwkaa/sophia: sr_error/sr_malfunction, logged as "<__FILE__>:<__LINE__> <text>" (sr_error.h; amalgamation keeps #line paths) ---
    R = "pmwkaa/sophia"
    for typ, m, p in [
        (S, "sophia/database/sd_io.c:70 file '/var/lib/stemedb/sophia/events/00000000000000000042.db' write error: No space left on device", "sophia/database/sd_io.c"),
        (S, "sophia/index/si_node.c:127 db file '/var/lib/stemedb/sophia/events/00000000000000000017.db' open error: Permission denied", "sophia/index/si_node.c"),
        (S, "sophia/wal/sw.c:576 log file '/var/lib/stemedb/sophia/log/00000000000000000007.log' sync error: Input/output error", "sophia/wal/sw.c"),
        (S, "sophia/repository/sy.c:29 directory '/var/lib/stemedb/sophia' create error: Read-only file system", "sophia/repository/sy.c"),
        (Z, "sophia/database/sd_iter.c:51 corrupted db file '/var/lib/stemedb/sophia/events/00000000000000000042.db': bad index crc", "sophia/database/sd_iter.c"),
        (Z, "sophia/wal/sw_iter.c:74 corrupted log file '/var/lib/stemedb/sophia/log/00000000000000000007.log': bad record crc", "sophia/wal/sw_iter.c"),
        (Z, "sophia/wal/sw_iter.c:121 bad log file '/var/lib/stemedb/sophia/log/00000000000000000007.log' version", "sophia/wal/sw_iter.c"),
        (Z, "sophia/database/sd_scheme.c:91 scheme file '/var/lib/stemedb/sophia/events/scheme' is corrupted", "sophia/database/sd_scheme.c"),
        (U, "sophia/environment/se_db.c:105 incompatible options: mmap and direct_io", "sophia/environment/se_db.c"),
        (U, "sophia/environment/se_conf.c:896 repository path is not set", "sophia/environment/se_conf.c"),
        (U, "sophia/transaction/sx.c:424 only one upsert statement is allowed per a transaction key", "sophia/transaction/sx.c"),
    ]:
        add(R, p, typ, m)

    # --- cruppstahl/upscaledb: ups_log -> dbg_log "<function>: <text>" (release build), and ups_strerror texts ---
    R = "cruppstahl/upscaledb"
    for typ, m, p in [
        (S, "lock_exclusive: flock failed with status 11 (Resource temporarily unavailable)", "src/1os/os_posix.cc"),
        (S, "pwrite: pwrite() failed with status 28 (No space left on device)", "src/1os/os_posix.cc"),
        (S, "open: opening file /var/lib/stemedb/data/index.ups failed with status 13 (Permission denied)", "src/1os/os_posix.cc"),
        (S, "Database needs recovery", "src/5upscaledb/upscaledb.cc"),
        (N, "connect: unable to connect to 10.0.0.12:8080: Connection refused", "src/1os/os_posix.cc"),
        (N, "connect: unable to resolve hostname ups-node2.internal: Unknown host", "src/1os/os_posix.cc"),
        (Z, "open: invalid file type", "src/4env/env_local.cc"),
        (Z, "Invalid database file version", "src/5upscaledb/upscaledb.cc"),
        (Z, "recover_journal: invalid journal entry type or journal is corrupt", "src/3journal/journal.cc"),
        (Z, "verify_page: integrity check failed in page 0x1c000: item #3 < item #4", "src/3btree/btree_check.cc"),
        (U, "Operation conflicts with another Transaction", "src/5upscaledb/upscaledb.cc"),
        (U, "Cursor must be closed prior to Transaction abort/commit", "src/5upscaledb/upscaledb.cc"),
    ]:
        add(R, p, typ, m)

    # --- couchbase/forestdb: fdb_log messages (errno text from _filemgr_linux_get_errno_str) and fdb_error_msg table ---
    R = "couchbase/forestdb"
    for typ, m, p in [
        (S, "Error in OPEN on a database file '/var/lib/stemedb/fdb/events.fdb.0', errno = 13: 'Permission denied'", "src/filemgr.cc"),
        (S, "Error in FSYNC on a database file '/var/lib/stemedb/fdb/events.fdb.3', errno = 5: 'Input/output error'", "src/filemgr.cc"),
        (S, "Error in WRITE on a database file '/var/lib/stemedb/fdb/events.fdb.3', errno = 28: 'No space left on device'", "src/filemgr.cc"),
        (Z, "doc_length checksum mismatch error in a database file '/var/lib/stemedb/fdb/events.fdb.3' crc 5a1f0c3e != 9b22d471 (crc in doc) keylen 24 metalen 0 bodylen 512 bodylen_ondisk 512 offset 1048576", "src/docio.cc"),
        (Z, "Fatal error!!! Database file '/var/lib/stemedb/fdb/events.fdb.3' is corrupted.", "src/docio.cc"),
        (Z, "Failed to read the superblock: not supported version (magic: 4294967295, SB No.: 0)", "src/superblock.cc"),
        (Z, "This version of DB file is not supported", "src/fdb_errors.cc"),
        (Z, "No commit headers found in a database file", "src/fdb_errors.cc"),
        (U, "file is in use by compactor, retry later", "src/fdb_errors.cc"),
        (U, "KV store not found in database", "src/fdb_errors.cc"),
        (U, "Buffer cache is too large to be configured and cannot exceed 80% of physical memory", "src/fdb_errors.cc"),
    ]:
        add(R, p, typ, m)

    # --- hse-project/hse: log_impl "[HSE] file:line: func: msg[: merr_strinfo]" and hse_strerror (merr_strinfo + err_ctx_strerror) ---
    R = "hse-project/hse"
    for typ, m, p in [
        (S, "[HSE] lib/mpool/lib/mclass.c:114: mclass_open: Opening mclass dir /var/lib/stemedb/kvdb/capacity failed: lib/mpool/lib/mclass.c:113: Permission denied (13)", "lib/mpool/lib/mclass.c"),
        (S, "[HSE] lib/mpool/lib/mpool.c:193: mpool_mclass_open: Cannot access storage path /var/lib/stemedb/kvdb/staging for mclass 1: lib/mpool/lib/mclass.c:113: Too many open files (24)", "lib/mpool/lib/mpool.c"),
        (S, "[HSE] lib/binding/kvdb_interface.c:720: hse_kvdb_open: Failed to open KVDB pidfile (/var/lib/stemedb/kvdb/kvdb.pid): lib/binding/kvdb_interface.c:719: Device or resource busy (16)", "lib/binding/kvdb_interface.c"),
        (S, "[HSE] lib/cn/csched_sp3.c:2553: sp3_monitor: KVDB 0 is in bad health: lib/mpool/lib/io_sync.c:109: No space left on device (28)", "lib/cn/csched_sp3.c"),
        (Z, "[HSE] lib/kvdb/kvdb_meta.c:608: kvdb_meta_deserialize: Unknown 'omf_version' in /var/lib/stemedb/kvdb/kvdb.meta, 5 != 4, please upgrade HSE", "lib/kvdb/kvdb_meta.c"),
        (Z, "[HSE] lib/wal/wal_mdc.c:71: wal_mdc_version_unpack: wal version (3) cannot parse on-media version (2), please upgrade HSE", "lib/wal/wal_mdc.c"),
        (Z, "[HSE] lib/mpool/lib/mdc.c:208: mpool_mdc_open: MDC (1:2) corrupt: bad pair err (0, 0) gen (7, 7)", "lib/mpool/lib/mdc.c"),
        (Z, "[HSE] lib/cn/kblock_reader.c:77: kbr_read_blm_region_desc: bloom 1000004a2 invalid magic 0 (expected 626c6d68)", "lib/cn/kblock_reader.c"),
        (T, "lib/kvdb/kvdb_ctxn.c:86: Operation canceled (125): Transaction expired (1)", "lib/kvdb/kvdb_ctxn.c"),
        (U, "[HSE] lib/kvdb/ikvdb.c:1271: ikvdb_open: Can only have one KVDB open at one time", "lib/kvdb/ikvdb.c"),
        (U, "[HSE] lib/config/lib/params.c:1204: params_from_paramv: Unknown parameter durability.interval", "lib/config/lib/params.c"),
        (U, "[HSE] lib/wal/wal_replay.c:1066: wal_replay: WAL is dirty, cannot replay in KVDB open mode rdonly", "lib/wal/wal_replay.c"),
    ]:
        add(R, p, typ, m)

    # --- Softmotions/iowow: iwlog_ecode_explained texts (iwlog.c, iwkv.c, iwfsmfile.c) and one iwlog line ---
    R = "Softmotions/iowow"
    for typ, m, p in [
        (S, "IO error with expected errno status set. (IW_ERROR_IO_ERRNO)", "src/log/iwlog.c"),
        (S, "No free space. (IWFS_ERROR_NO_FREE_SPACE)", "src/fs/iwfsmfile.c"),
        (Z, "Database file invalid or corrupted (IWKV_ERROR_CORRUPTED)", "src/kv/iwkv.c"),
        (Z, "Incompatible database format version, please migrate database data (IWKV_ERROR_INCOMPATIBLE_DB_FORMAT)", "src/kv/iwkv.c"),
        (Z, "Corrupted WAL file (IWKV_ERROR_CORRUPTED_WAL_FILE)", "src/kv/iwkv.c"),
        (Z, "ERROR iwfsmfile.c:1287 74005|0|0|Invalid file metadata. (IWFS_ERROR_INVALID_FILEMETA)||: Invalid file magic number", "src/fs/iwfsmfile.c"),
        (T, "Operation timeout (IW_ERROR_OPERATION_TIMEOUT)", "src/log/iwlog.c"),
        (U, "Incompatible database open mode (IWKV_ERROR_INCOMPATIBLE_DB_MODE)", "src/kv/iwkv.c"),
        (U, "Backup operation in progress. (IWKV_ERROR_BACKUP_IN_PROGRESS)", "src/kv/iwkv.c"),
        (U, "Size of Key+value must be not greater than 0xfffffff bytes (IWKV_ERROR_MAXKVSZ)", "src/kv/iwkv.c"),
    ]:
        add(R, p, typ, m)

    # --- spotify/sparkey: sparkey_errstring table ---
    R = "spotify/sparkey"
    for typ, m in [
        (S, "Out of free disk space"),
        (S, "File is busy"),
        (Z, "Wrong magic number of log file"),
        (Z, "Unsupported minor version of hash file"),
        (Z, "Corrupt hash file - smaller than the header indicates"),
        (Z, "Hash header is corrupt"),
        (U, "Log iterator is inactive"),
        (U, "Invalid compression block size"),
    ]:
        add(R, "src/returncodes.c", typ, m)


# part_hd (Rust WebSocket, MQTT, AMQP, ZeroMQ and stream pub/sub libraries): denoland/fastwebsockets, Totodore/socketioxide, 1c3t3a/rust-socketio, paritytech/soketto, gftea/amqprs, minghuaw/fe2o3-amqp, zeromq/zmq.rs, rmqtt/rmqtt, rabbitmq/rabbitmq-stream-rust-client; newest snapshots via fetch, read with git show HEAD:<path>, each message read in the file named per entry (thiserror #[error] texts, impl Display write!/write_str arms and the string literals passed into them, with the wrapping Display prefixes); placeholders filled plausibly. Inner fills not from the named library: tokio-postgres's "error connecting to server", reqwest 0.12's "error sending request for url (...)", serde_json/std/tokio/httparse texts are the usual ones.
def _part_hd(add):
    # --- denoland/fastwebsockets: WebSocketError (thiserror, src/error.rs); raised in src/lib.rs, src/fragment.rs, src/handshake.rs, src/upgrade.rs, src/frame.rs ---
    R = "denoland/fastwebsockets"
    for typ, m in [(N, "Invalid fragment"),
                   (Z, "Invalid UTF-8"),
                   (N, "Invalid continuation frame"),
                   (N, "Invalid status code: 502"),
                   (N, "Invalid connection header"),
                   (N, "Reserved bits are not zero"),
                   (N, "Ping frame too large"),
                   (N, "Sec-Websocket-Version must be 13"),
                   (U, "Invalid value")]:
        add(R, "src/error.rs", typ, m)

    # --- Totodore/socketioxide: engineioxide Error + PacketParseError Display, socketioxide AckError/SendError, parser error, adapter errors ---
    R = "Totodore/socketioxide"
    for typ, m, p in [(T, "heartbeat timeout", "crates/engineioxide/src/errors.rs"),
                      (U, "unknown session id", "crates/engineioxide/src/errors.rs"),
                      (Z, "error decoding packet from request: invalid packet type: Some('9')", "crates/engineioxide-core/src/packet.rs"),
                      (U, "error decoding packet from request: payload too large: max 100000", "crates/engineioxide-core/src/packet.rs"),
                      (T, "ack timeout error", "crates/socketioxide/src/errors.rs"),
                      (N, "Error sending data through the engine.io socket: Closed", "crates/socketioxide/src/errors.rs"),
                      (U, "Error sending data through the engine.io socket: InternalChannelFull", "crates/socketioxide/src/errors.rs"),
                      (Z, "received unexpected binary data. Make sure you are using the same parser on both ends.", "crates/socketioxide-core/src/parser.rs"),
                      (U, "malformed namespace path, it must not contain '#'", "crates/socketioxide-redis/src/lib.rs"),
                      (N, "driver error: error connecting to server: Connection refused (os error 111)", "crates/socketioxide-postgres/src/lib.rs")]:
        add(R, p, typ, m)

    # --- 1c3t3a/rust-socketio: rust_engineio::Error and rust_socketio::Error (thiserror) ---
    R = "1c3t3a/rust-socketio"
    for typ, m in [(Z, "Invalid packet id: 57"),
                   (Z, "Got an invalid packet which did not follow the protocol format"),
                   (Z, "Invalid Url Scheme: ftp"),
                   (N, "Error during connection via http: error sending request for url (http://10.0.0.12:7000/socket.io/?EIO=4&transport=polling)"),
                   (U, "Called an action before the connection was established"),
                   (U, "A lock was poisoned"),
                   (N, "Server did not allow upgrading to websockets"),
                   (T, "The server did not send a PING packet in time")]:
        add(R, "engineio/src/error.rs", typ, m)
    for typ, m in [(Z, "string is not json serializable: expected value at line 1 column 1"),
                   (N, "Underlying Engine.IO connection has closed")]:
        add(R, "socketio/src/error.rs", typ, m)

    # --- paritytech/soketto: base::Error, connection::Error, handshake::Error (impl Display), data::SliceTooLarge ---
    R = "paritytech/soketto"
    for typ, m in [(N, "codec error: reserved opcode"),
                   (N, "codec error: invalid reserved bit: 64"),
                   (Z, "utf-8 error: invalid utf-8 sequence of 1 bytes from index 3"),
                   (U, "message too large: len >= 268435456, maximum = 268435456")]:
        add(R, "src/connection.rs", typ, m)
    for typ, m in [(N, "http version was not 1.1"),
                   (N, "Sec-WebSocket-Key header was 20 bytes long, expected 24"),
                   (N, "websocket key mismatch"),
                   (Z, "http parser error: invalid HTTP version")]:
        add(R, "src/handshake.rs", typ, m)
    add(R, "src/data.rs", U, "Slice larger than 125 bytes")

    # --- gftea/amqprs: api::Error Display (amqprs/src/api/error.rs) wrapping net::Error / frame::Error Display and the strings passed in ---
    R = "gftea/amqprs"
    for typ, m, p in [(Z, "AMQP(S) URI error: No URI scheme", "amqprs/src/api/connection.rs"),
                      (U, "AMQP(S) URI error: TLS feature should be enabled to use scheme: amqps", "amqprs/src/api/connection.rs"),
                      (A, "AMQP connection open error: authentication 'AMQPLAIN' is not supported by server", "amqprs/src/api/connection.rs"),
                      (U, "AMQP connection open error: locale 'en_US' is not supported by server", "amqprs/src/api/connection.rs"),
                      (U, "AMQP channel open error: failed to register channel resource", "amqprs/src/api/connection.rs"),
                      (N, "AMQP network error: network io error: Connection refused (os error 111)", "amqprs/src/net/error.rs"),
                      (N, "AMQP network error: network io error: invalid dnsname", "amqprs/src/net/split_connection.rs"),
                      (N, "AMQP network error: peer shutdown", "amqprs/src/net/error.rs"),
                      (Z, "AMQP network error: framing error: corrupted frame", "amqprs/src/frame/error.rs"),
                      (U, "AMQP internal communication error: failed to receive response to Get", "amqprs/src/api/channel/basic.rs")]:
        add(R, p, typ, m)

    # --- minghuaw/fe2o3-amqp: connection OpenError, transport Error, SCRAM errors, link errors, serde_amqp Error (thiserror) ---
    R = "minghuaw/fe2o3-amqp"
    for typ, m in [(N, "IO Error Os { code: 111, kind: ConnectionRefused, message: \"Connection refused\" }"),
                   (U, "SASL EXTERNAL mechanism requires \"amqps\" scheme."),
                   (N, "Protocol header mismatch. Found b\"AMQP\\0\\0\\t\\x01\""),
                   (A, "SASL error code Auth, additional data: None"),
                   (U, "Reached connection channel max")]:
        add(R, "fe2o3-amqp/src/connection/error.rs", typ, m)
    for typ, m in [(T, "Idle timeout"),
                   (Z, "Connection error: framing error")]:
        add(R, "fe2o3-amqp/src/transport/error.rs", typ, m)
    add(R, "fe2o3-amqp/src/auth/scram/error.rs", A, "Server signature mismatch", True)
    add(R, "fe2o3-amqp/src/auth/scram/error.rs", A, "Client final message has an incorrect nonce")
    add(R, "fe2o3-amqp/src/auth/scram/error.rs", Z, "Cannot parse GS2-header")
    for typ, m in [(U, "The session is not in a state that permits link attachment"),
                   (T, "Resume timed out")]:
        add(R, "fe2o3-amqp/src/link/error.rs", typ, m)

    # --- zeromq/zmq.rs (native Rust ZMTP, not libzmq): ZmqError / EndpointError / CodecError / TaskError and the &'static str reasons ---
    R = "zeromq/zmq.rs"
    for typ, m, p in [(Z, "Endpoint Error: Invalid Syntax: Could not parse host and port", "src/endpoint/mod.rs"),
                      (U, "Endpoint Error: Unknown transport type udp", "src/endpoint/transport.rs"),
                      (N, "Network Error: Connection refused (os error 111)", "src/error.rs"),
                      (Z, "Codec Error: Bad first byte of greeting", "src/codec/zmq_codec.rs"),
                      (U, "Failed to send message. Send queue full/broken", "src/error.rs"),
                      (N, "Failed to deliver message cause of Not connected to peers. Unable to send messages", "src/backend.rs"),
                      (U, "Failed to deliver message cause of Unable to send message. Request already in progress", "src/req.rs"),
                      (N, "Server disconnected", "src/req.rs"),
                      (U, "Provided sockets combination is not compatible", "src/util.rs"),
                      (U, "Task Error: Task cancelled", "src/task_handle.rs")]:
        add(R, p, typ, m)

    # --- rmqtt/rmqtt: MqttError (rmqtt-net/src/error.rs) over HandshakeError/ProtocolError/DecodeError (rmqtt-codec/src/error.rs), anyhow! texts ---
    R = "rmqtt/rmqtt"
    for typ, m, p in [(T, "Mqtt handshake error: Handshake timeout", "rmqtt-net/src/error.rs"),
                      (Z, "Mqtt protocol error: Decoding error: MalformedPacket", "rmqtt-net/src/error.rs"),
                      (U, "Decoding error: MaxSizeExceeded { size: 1048577, max: 1048576 }", "rmqtt-net/src/error.rs"),
                      (N, "io error, \"Connection reset by peer (os error 104)\"", "rmqtt-codec/src/error.rs"),
                      (T, "Write timeout", "rmqtt-net/src/error.rs"),
                      (N, "service unavailable", "rmqtt-net/src/error.rs"),
                      (U, "too many subscriptions", "rmqtt-net/src/error.rs"),
                      (U, "subscription limit reached, limited: 100, current count: 100, topic_filter: stemedb/events/#", "rmqtt/src/session.rs"),
                      (U, "Protocol downgrade from TLS/WS/WSS/QUIC to TCP is not permitted", "rmqtt-net/src/builder.rs"),
                      (N, "gRPC circuit breaker is OPEN, skipping send_message", "rmqtt/src/grpc.rs")]:
        add(R, p, typ, m)

    # --- rabbitmq/rabbitmq-stream-rust-client: ClientError / ProtocolError / producer, consumer and stream errors (src/error.rs, ResponseCode Debug) ---
    R = "rabbitmq/rabbitmq-stream-rust-client"
    for typ, m in [(A, "Request error: AuthenticationFailure"),
                   (A, "Request error: VirtualHostAccessFailure"),
                   (U, "Client already closed"),
                   (Z, "Decode Error UnknownResponseCode(99)"),
                   (U, "Failed to store offset, missing consumer name"),
                   (U, "Failed to create stream stemedb-events status: StreamAlreadyExists"),
                   (U, "Stream stemedb-events does not exist"),
                   (N, "Failed to create producer for stream stemedb-events status StreamNotAvailable"),
                   (T, "Failed to publish message, timeout"),
                   (U, "Filtering is not supported by the broker (requires RabbitMQ 3.13+ and stream_filtering feature flag activated)")]:
        add(R, "src/error.rs", typ, m)


def holdout26(add):
    for part in (_part_ha, _part_hb, _part_hc, _part_hd):
        part(add)
