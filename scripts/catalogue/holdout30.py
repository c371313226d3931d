"""The thirtieth blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# Go migration tools, ORMs and query builders (golang-migrate/migrate, pressly/goose, amacneil/dbmate, go-gorm/gorm, uptrace/bun, jmoiron/sqlx, ent/ent, ariga/atlas, rubenv/sql-migrate): snapshots via fetch (git show HEAD:<path>), each wording read in the file named per entry (errors.New / fmt.Errorf / Error() string texts and the CLI or logger frame that prints them), placeholders filled plausibly; inner errors from other libraries are fills (bun's SASL step text read in mellium/sasl scram.go via read_file, gorm's time parse text in jinzhu/now via find_string).
def _part_ja(add):
    _ja_migration_tools(add)
    _ja_orms(add)
    _ja_atlas_ent(add)


def _ja_migration_tools(add):
    # --- golang-migrate/migrate: migrate.go vars + ErrDirty/ErrShortLimit, database.Error Display
    # ("%v in line %v: %s (details: %v)"), driver/source errors; CLI prints "error: <err>" (internal/cli/log.go) ---
    R = "golang-migrate/migrate"
    for typ, m, p in [
        (U, "error: Dirty database version 20240115093000. Fix and force version.", "migrate.go"),
        (T, "timeout: can't acquire database lock", "migrate.go"),
        (U, "no change", "migrate.go"),
        (S, "no migration found for version 20240115093000: read up for version 20240115093000 /var/lib/stemedb/migrations: file does not exist",
         "migrate.go"),
        (S, "can't acquire lock", "database/driver.go"),
        (U, "can't unlock, as not currently locked", "database/driver.go"),
        (U, "error: database driver: unknown driver postgresx (forgotten import?)", "database/driver.go"),
        (Z, "failed to parse scheme from database URL: no scheme", "migrate.go"),
        (N, "try lock failed in line 0: SELECT pg_advisory_lock($1) (details: read tcp 10.0.0.5:51234->10.0.0.12:5432: read: connection reset by peer)",
         "database/postgres/postgres.go"),
        (U, "duplicate migration file: 20240115093000_add_index.up.sql", "source/errors.go"),
        (Z, "could not parse x-statement-timeout as float: strconv.Atoi: parsing \"30s\": invalid syntax", "database/mysql/mysql.go"),
        (N, "failed to append PEM", "database/mysql/mysql.go"),
    ]:
        add(R, p, typ, m)

    # --- pressly/goose: provider errors, PartialError Display, NumericComponent, lock/ session and table lockers ---
    R = "pressly/goose"
    for typ, m, p in [
        (T, "partial migration error (type:sql,version:20240115093000): context deadline exceeded", "provider_errors.go"),
        (U, "version 20240115093000: migration already applied", "provider.go"),
        (S, "/var/lib/stemedb/migrations directory does not exist", "migrate.go"),
        (Z, "ERROR 20240115093000_add_index.sql: failed to parse SQL migration file: failed to parse migration: missing '-- +goose StatementEnd' annotation",
         "migration.go"),
        (S, "ERROR 20240115093000_add_index.sql: failed to open SQL migration file: open /var/lib/stemedb/migrations/20240115093000_add_index.sql: permission denied",
         "migration.go"),
        (Z, "failed to parse version from migration file: v2_add_index.sql: strconv.ParseInt: parsing \"v2\": invalid syntax", "migration.go"),
        (N, "failed to execute pg_try_advisory_lock: read tcp 10.0.0.5:51234->10.0.0.12:5432: read: connection reset by peer", "lock/postgres.go"),
        (S, "failed to acquire lock", "lock/postgres.go"),
        (S, "acquire lock 5887940537704921958 after retries: acquire retryable lock: acquire lock 5887940537704921958: already held by another instance",
         "lock/internal/table/locker.go"),
        (U, "potential deadlock detected: cannot run Go migration without a transaction when max open connections set to 1", "provider_run.go"),
        (U, "error: found 1 missing migrations before current version 20240301120000:\n\tversion 20240115093000: migrations/20240115093000_add_index.sql",
         "up.go"),
    ]:
        add(R, p, typ, m)

    # --- amacneil/dbmate: pkg/dbmate vars; main.go prints "Error: %s" ---
    R = "amacneil/dbmate"
    for typ, m, p in [
        (N, "Error: unable to connect to database: dial tcp 10.0.0.12:5432: connect: connection refused", "pkg/dbmate/db.go"),
        (U, "Error: invalid url, have you set your --url flag or DATABASE_URL environment variable?", "pkg/dbmate/db.go"),
        (U, "Error: unsupported driver: cockroach", "pkg/dbmate/db.go"),
        (U, "Error: can't rollback: no migrations have been applied", "pkg/dbmate/db.go"),
        (S, "Error: could not find migrations directory `./db/migrations`", "pkg/dbmate/db.go"),
        (S, "Error: unable to create directory `/var/lib/stemedb/db/migrations`", "pkg/dbmate/db.go"),
        (Z, "Error: dbmate requires each migration to define an up block with '-- migrate:up'", "pkg/dbmate/migration.go"),
        (U, "Error: migration `20240115093000` is out of order with already applied migrations, the version number has to be higher than the applied migration `20240301120000` in --strict mode",
         "pkg/dbmate/db.go"),
    ]:
        add(R, p, typ, m)

    # --- rubenv/sql-migrate: PlanError/TxError Display, parse/open wrappers, CLI config errors ---
    R = "rubenv/sql-migrate"
    for typ, m, p in [
        (U, "Unable to create migration plan because of : unknown migration with version id 20240115093000 in database", "migrate.go"),
        (Z, "Error while parsing 20240115093000_add_index.sql: ERROR: saw '-- +migrate StatementBegin' with no matching '-- +migrate StatementEnd'",
         "migrate.go"),
        (S, "Error while opening 20240115093000_add_index.sql: open /var/lib/stemedb/migrations/20240115093000_add_index.sql: permission denied",
         "migrate.go"),
        (T, "Migration failed: context deadline exceeded handling 20240115093000_add_index.sql", "sql-migrate/command_common.go"),
        (U, "Cannot connect to database: sql: unknown driver \"postgress\" (forgotten import?)", "sql-migrate/config.go"),
        (Z, "Could not parse config: yaml: line 4: mapping values are not allowed in this context", "sql-migrate/command_common.go"),
        (Z, "Cannot parse dates.\n\nMake sure that the parseTime option is supplied to your database connection.\nCheck https://github.com/go-sql-driver/mysql#parsetime for more info.",
         "migrate.go"),
    ]:
        add(R, p, typ, m)


def _ja_orms(add):
    # --- go-gorm/gorm: errors.go vars, schema/field.go and serializer.go texts, logger Trace formats
    # ("%s %s\n[%.3fms] [rows:%v] %s", "SLOW SQL >= %v") ---
    R = "go-gorm/gorm"
    for typ, m, p in [
        # "record not found" (logger/logger.go) left out: a test-set text.
        (U, "WHERE conditions required", "errors.go"),
        (U, "duplicated key not allowed", "errors.go"),
        (U, "unsupported data type: &map[]: Table not set, please set it like: db.Model(&user) or db.Table(\"users\")", "callbacks.go"),
        (U, "model value required when using preload", "callbacks/query.go"),
        (Z, "failed to set string 2024-13-45 to time.Time field CreatedAt, failed to parse it as time, got error Can't parse string as time: 2024-13-45",
         "schema/field.go"),
        (Z, "failed to unmarshal gob value: \"gAAAAAEB\"", "schema/serializer.go"),
        (T, "2025/03/04 10:21:07 /app/internal/store/events.go:88 SLOW SQL >= 200ms\n[1532.118ms] [rows:1] UPDATE \"events\" SET \"applied\"=true WHERE \"id\" = 42",
         "logger/logger.go"),
        (U, "2025/03/04 10:21:07 /app/internal/store/peers.go:41 record not found\n[0.512ms] [rows:0] SELECT * FROM \"peers\" WHERE \"peers\".\"name\" = 'node2' ORDER BY \"peers\".\"id\" LIMIT 1",
         "logger/logger.go"),
    ]:
        add(R, p, typ, m)

    # --- uptrace/bun: driver/pgdriver (proto.go, config.go, column.go, listener.go, driver.go with its
    # "pgdriver: " log.Lshortfile logger), query_base.go, migrate/ ---
    R = "uptrace/bun"
    for typ, m, p in [
        (N, "pgdriver: SSL is not enabled on the server", "driver/pgdriver/proto.go"),
        (N, "pgdriver: TLS handshake failed: tls: failed to verify certificate: x509: certificate signed by unknown authority", "driver/pgdriver/proto.go"),
        (A, "pgdriver: SASL: client.Step 2 failed: Server nonce does not match client nonce", "driver/pgdriver/proto.go"),
        (A, "pgdriver: SASL: FATAL: password authentication failed for user \"stemedb\" (SQLSTATE=28P01)", "driver/pgdriver/proto.go"),
        (N, "pgdriver: failed to append root CA", "driver/pgdriver/config.go"),
        (Z, "pgdriver: invalid dial_timeout duration: time: invalid duration \"5 s\"", "driver/pgdriver/config.go"),
        (T, "bun: ping timeout", "driver/pgdriver/listener.go"),
        (N, "pgdriver: 2025/03/04 10:21:07 listener.go:142: bun: discarding bad listener connection: read tcp 10.0.0.5:51234->10.0.0.12:5432: read: connection reset by peer",
         "driver/pgdriver/listener.go"),
        (N, "pgdriver: Exec: unexpected message 'T'", "driver/pgdriver/proto.go"),
        (Z, "pgdriver: can't parse time=\"2024-13-45 10:00:00+00\"", "driver/pgdriver/column.go"),
        (U, "bun: Update and Delete queries require at least one Where", "query_base.go"),
        (S, "migrate: migrations table is already locked (ERROR: duplicate key value violates unique constraint \"bun_migration_locks_table_name_key\" (SQLSTATE=23505))",
         "migrate/migrator.go"),
    ]:
        add(R, p, typ, m)

    # --- jmoiron/sqlx: bind.go, named.go, sqlx.go, types/types.go ---
    R = "jmoiron/sqlx"
    for typ, m, p in [
        (U, "empty slice passed to 'in' query", "bind.go"),
        (U, "could not find name term in map[string]interface {}{\"id\":42}", "named.go"),
        (Z, "unexpected `:` while reading named param at 37", "named.go"),
        (U, "missing destination name created_at in *store.Event", "sqlx.go"),
        (U, "must pass a pointer, not a value, to StructScan destination", "sqlx.go"),
        (U, "scannable dest type int64 with >1 columns (3) in result", "sqlx.go"),
        (Z, "Incompatible type for JSONText", "types/types.go"),
    ]:
        add(R, p, typ, m)


def _ja_atlas_ent(add):
    # --- ent/ent: generated-code templates (entc/gen/template/base.tmpl, builder/create.tmpl, client.tmpl),
    # dialect/sql/schema, dialect/gremlin (Response.Err "gremlin: code=%d, message=%q") ---
    R = "ent/ent"
    for typ, m, p in [
        (U, "ent: event not found", "entc/gen/template/base.tmpl"),
        (U, "ent: constraint failed: ERROR: duplicate key value violates unique constraint \"events_key_key\" (SQLSTATE 23505)",
         "entc/gen/template/base.tmpl"),
        (U, "ent: validator failed for field \"Event.name\": value is less than the required length", "entc/gen/template/builder/create.tmpl"),
        (U, "ent: missing required field \"Event.term\"", "entc/gen/template/builder/create.tmpl"),
        (U, "ent: cannot start a transaction within a transaction", "entc/gen/template/client.tmpl"),
        (N, "ent: starting a transaction: driver: bad connection", "entc/gen/template/client.tmpl"),
        (U, "sqlite: foreign_keys pragma is off: missing \"_fk=1\" in the connection string", "dialect/sql/schema/sqlite.go"),
        (N, "gremlin: server connection closed", "dialect/gremlin/internal/ws/conn.go"),
        (A, "gremlin: code=401, message=\"Username and/or password are incorrect\"", "dialect/gremlin/response.go"),
        (T, "gremlin: code=598, message=\"A timeout occurred during traversal evaluation\"", "dialect/gremlin/response.go"),
        (A, "bad credentials data", "dialect/gremlin/request.go"),
    ]:
        add(R, p, typ, m)

    # --- ariga/atlas: sql/migrate (dir.go, migrate.go, lex.go), sql/schema ErrLocked, cmdapi, cloudapi, cmdext ---
    R = "ariga/atlas"
    for typ, m, p in [
        (S, "acquiring database lock: sql/schema: lock is held by other session", "cmd/atlas/internal/cmdapi/migrate.go"),
        (Z, "checksum file format invalid", "sql/migrate/dir.go"),
        (S, "checksum file not found", "sql/migrate/dir.go"),
        (Z, "You have a checksum error in your migration directory.", "cmd/atlas/internal/cmdapi/migrate.go"),
        (Z, "sql/migrate: scanning statements from \"20240115093000_add_index.sql\": 4:17: unclosed quote '\\''", "sql/migrate/lex.go"),
        (U, "sql/migrate: connected database is not clean: found schema \"stemedb\". baseline version or allow-dirty is required", "sql/migrate/migrate.go"),
        (U, "sql/migrate: missing migration: revision \"20240115093000_add_index.sql\" is partially applied but migration file was not found",
         "sql/migrate/migrate.go"),
        (U, "migration file 20240110080000_add_peers.sql was added out of order. See: https://atlasgo.io/versioned/apply#non-linear-error",
         "sql/migrate/migrate.go"),
        (T, "sql/migrate: executing statement \"CREATE INDEX idx_events_term ON events (term);\" from version \"20240115093000\": read tcp 10.0.0.5:51234->10.0.0.12:3306: i/o timeout",
         "sql/migrate/migrate.go"),
        (A, "Unauthorized", "cmd/atlas/internal/cloudapi/client.go"),
        (A, "data.gcp_cloudsql_token.hello: finding default credentials: google: could not find default credentials. See https://cloud.google.com/docs/authentication/external/set-up-adc for more information",
         "cmd/atlas/internal/cmdext/cmdext.go"),
    ]:
        add(R, p, typ, m)


# part_jb (C/C++ scientific, geospatial and columnar data-format libraries): Unidata/netcdf-c@2ed1b285b, HEASARC/cfitsio@3edeebd, OSGeo/PROJ@52da98bd9, tbeu/matio@86c1878, TileDB-Inc/TileDB@28aeb653d, libgeos/geos@5b62cd06c, ecmwf/eccodes@29ab75a8c, OSGeo/libgeotiff@5d5a36d -- newest snapshots via fetch, read with `git show HEAD:<path>`; HDFGroup/hdf5 (snapshot too large to fetch) read with read_file on the stored versions (older 1.8-1.12-era commits, as the index holds them) of src/H5Fint.c, src/H5Fsuper.c, src/H5FDsec2.c, src/H5Z.c, src/H5err.txt and src/H5Eint.c (the "#%03u: %s line %u in %s(): %s" stack-frame format). Each message read in the file named per entry (nc_strerror switch, ffgerr table and ffpmsg texts, proj error_strings table / pj_log / FactoryException texts, Mat_Critical texts, TileDB Status origin + ": " + message and StatusException what(), GEOSException "<Name>: <msg>", grib_errors table and grib_context_log "ECCODES ERROR : " prefix, GTIFErrorFunction "Error: "/"Warning: " prefix); placeholders filled plausibly (paths, hosts, counts, hex digests, line numbers). Fills not read in a source: the libcurl error-buffer texts inside PROJ's and TileDB's messages ("Could not resolve host", "Failed to connect ... Connection refused", "Operation timed out after ...") and the strerror texts are the usual ones; HDF5 file/line positions in the stack frames are plausible.
def _part_jb(add):
    _jb_netcdf(add)
    _jb_cfitsio(add)
    _jb_proj(add)
    _jb_matio(add)
    _jb_tiledb(add)
    _jb_geos(add)
    _jb_hdf5(add)
    _jb_eccodes(add)
    _jb_libgeotiff(add)


def _jb_netcdf(add):
    # --- Unidata/netcdf-c: nc_strerror() texts (libdispatch/derror.c) ---
    R = "Unidata/netcdf-c"
    for typ, m in [(S, "NetCDF: Write to read only"),
                   (U, "NetCDF: Operation not allowed in define mode"),
                   (U, "NetCDF: Variable not found"),
                   (U, "NetCDF: Start+count exceeds dimension bound"),
                   (Z, "NetCDF: Unknown file format"),
                   (Z, "NetCDF: File likely truncated or possibly corrupted"),
                   (S, "NetCDF: Can't create file"),
                   (S, "NetCDF: file not found"),
                   (A, "NetCDF: Authorization failure"),
                   (N, "NetCDF: DAP server error"),
                   (U, "NetCDF: Attempt to use feature that was not turned on when netCDF was built.")]:
        add(R, "libdispatch/derror.c", typ, m)


def _jb_cfitsio(add):
    # --- HEASARC/cfitsio: ffgerr() status texts (fitscore.c) and ffpmsg() stack texts (drvrnet.c) ---
    R = "HEASARC/cfitsio"
    for typ, m in [(S, "could not open the named file"),
                   (S, "error writing to FITS file"),
                   (S, "cannot write to readonly file"),
                   (Z, "END keyword not found"),
                   (Z, "illegal BITPIX keyword value"),
                   (Z, "error uncompressing image"),
                   (U, "named column not found"),
                   (U, "column number < 1 or > tfields")]:
        add(R, "fitscore.c", typ, m)
    add(R, "drvrnet.c", T, "Download timeout exceeded: 30 seconds")
    add(R, "drvrnet.c", N, "Couldn't connect to host via proxy server (http_open_network)")
    add(R, "drvrnet.c", Z, "URL Parse Error (http_open) archive.stsci.edu/pub/hst/j8pu0y010_drz.fits")


def _jb_proj(add):
    # --- OSGeo/PROJ: proj_context_errno_string table, pj_log texts, FactoryException / ParsingException what() ---
    R = "OSGeo/PROJ"
    for typ, m in [(Z, "Invalid PROJ string syntax"),
                   (U, "Invalid value for an argument"),
                   (U, "Point outside of projection domain"),
                   (U, "No operation matching criteria found for coordinate"),
                   (N, "Network error when accessing a remote resource")]:
        add(R, "src/strerrno.cpp", typ, m)
    add(R, "src/networkfilemanager.cpp", S,
        "Cannot take exclusive lock on /home/stemedb/.local/share/proj/cache.db")
    add(R, "src/networkfilemanager.cpp", N,
        "Cannot open https://cdn.proj.org/us_noaa_conus.tif: Could not resolve host: cdn.proj.org")
    add(R, "src/grids.cpp", Z, "gtx file header has invalid extents, corrupt?")
    add(R, "src/iso19111/factory.cpp", S, "Cannot find proj.db")
    add(R, "src/iso19111/factory.cpp", Z,
        "/usr/share/proj/proj.db contains DATABASE.LAYOUT.VERSION.MINOR = 4 whereas a number >= 7 is expected. "
        "It comes from another PROJ installation.")
    add(R, "src/iso19111/factory.cpp", U, "geodetic datum not found")


def _jb_matio(add):
    # --- tbeu/matio: Mat_Critical() texts ---
    R = "tbeu/matio"
    add(R, "src/mat.c", Z, '"/var/lib/stemedb/import/run42.mat" does not seem to be a valid MAT file')
    add(R, "src/inflate.c", Z, "InflateData: inflate returned data error")
    add(R, "src/mat.c", S, 'Cannot open file "/var/lib/stemedb/import/run42.mat" for reading')
    add(R, "src/mat.c", S, 'Error writing to file "/var/lib/stemedb/import/run42.mat.tmp"')
    add(R, "src/mat.c", S, "Couldn't determine file position")
    add(R, "src/mat.c", U, "Mat_CalcSingleSubscript: index out of bounds")
    add(R, "src/mat.c", U, "Variable temperature already exists")
    add(R, "src/mat5.c", Z, "Expected MAT_T_UINT32 for array tags, got 14")
    add(R, "src/mat5.c", U, "Not compiled with zlib support")
    add(R, "src/mat73.c", U, "Exceeded maximum reference recursion depth")


def _jb_tiledb(add):
    # --- TileDB-Inc/TileDB: Status "<origin>: <message>" (common/exception/status.h) and StatusException what() ---
    R = "TileDB-Inc/TileDB"
    FRAG = "/var/lib/stemedb/tiledb/events/__fragments/__1718000000000_1718000000000_9c1b2f3e4d5a6b7c8d9e0f1a2b3c4d5e_22"
    add(R, "tiledb/sm/filesystem/posix.cc", S,
        "IO Error: Cannot create directory '/var/lib/stemedb/tiledb/events/__fragments'; Permission denied")
    add(R, "tiledb/sm/filesystem/posix.cc", S,
        "IO Error: Failed to sync file '" + FRAG + "/__fragment_metadata.tdb'; Input/output error")
    add(R, "tiledb/sm/filesystem/posix.cc", S,
        "IO Error: Cannot write to file '" + FRAG + "/a0.tdb'; POSIX write error:No space left on device")
    add(R, "tiledb/sm/filter/checksum_sha256_filter.cc", Z,
        "[TileDB::ChecksumError] Error: Checksum mismatch for sha256 filter, expect "
        "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea got "
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    add(R, "tiledb/sm/array/array_directory.cc", U,
        "[TileDB::ArrayDirectory] Error: Cannot open array; Array does not exist.")
    add(R, "tiledb/sm/array/array.cc", U, "[TileDB::Array] Error: Cannot open array; Array already open.")
    add(R, "tiledb/sm/array_schema/array_schema.cc", Z,
        "ArraySchema: Failed to deserialize; Array format version (24) is newer than the library format version (23)")
    add(R, "tiledb/sm/rest/curl.cc", N,
        "[TileDB::REST] Error: Error in libcurl POST operation: libcurl error message "
        "'Failed to connect to 10.0.0.12 port 8181 after 0 ms: Connection refused;")
    add(R, "tiledb/sm/rest/curl.cc", T,
        "[TileDB::REST] Error: Error in libcurl POST operation: libcurl error message "
        "'Operation timed out after 30000 milliseconds with 0 bytes received;")
    add(R, "tiledb/sm/rest/curl.cc", A,
        "[TileDB::REST] Error: Error in libcurl POST operation: libcurl error message 'CURLE_OK'; "
        "HTTP code 401; server response was empty.")
    add(R, "tiledb/sm/crypto/crypto.cc", A, "[TileDB::Encryption] Error: AES-256-GCM error; invalid key.")
    add(R, "tiledb/sm/serialization/query.cc", Z,
        "[TileDB::Serialization] Error: Error deserializing query; unexpected buffer set on server-side.")


def _jb_geos(add):
    # --- libgeos/geos: GEOSException("<Name>", msg) -> "<Name>: <msg>" ---
    R = "libgeos/geos"
    add(R, "src/io/WKTReader.cpp", Z, "ParseException: Expected number but encountered word: 'POLYGN'")
    add(R, "src/io/WKBReader.cpp", Z, "ParseException: Unknown WKB type 17")
    add(R, "src/io/GeoJSONReader.cpp", Z, "ParseException: Expected two or three coordinates found one")
    add(R, "src/operation/overlayng/OverlayLabeller.cpp", U,
        "TopologyException: side location conflict at 13.404954 52.520008. "
        "This can occur if the input geometry is invalid.")
    add(R, "src/noding/FastNodingValidator.cpp", U,
        "TopologyException: found non-noded intersection between LINESTRING (13.4 52.5, 13.41 52.51) "
        "and LINESTRING (13.41 52.5, 13.4 52.51) at 13.405 52.505")
    add(R, "src/geom/HeuristicOverlay.cpp", U, "IllegalArgumentException: Invalid overlay opcode")
    add(R, "src/geom/Point.cpp", U, "UnsupportedOperationException: getX called on empty Point")
    add(R, "src/geom/CoordinateSequence.cpp", U, "IllegalArgumentException: Declared dimension must be 2, 3, or 4")


def _jb_hdf5(add):
    # --- HDFGroup/hdf5: HGOTO_ERROR descriptions as printed by H5E walk ("#NNN: file line L in func(): desc"),
    #     and minor-error descriptions from src/H5err.txt ---
    R = "HDFGroup/hdf5"
    add(R, "src/H5Fint.c", S, "#001: H5Fint.c line 1519 in H5F_open(): unable to lock the file")
    add(R, "src/H5Fint.c", S,
        "#001: H5Fint.c line 1498 in H5F_open(): unable to open file: "
        "name = '/var/lib/stemedb/export/metrics.h5', tent_flags = 0")
    add(R, "src/H5Fint.c", U, "#001: H5Fint.c line 1541 in H5F_open(): file is already open for read-only")
    add(R, "src/H5Fsuper.c", Z, "#002: H5Fsuper.c line 286 in H5F_super_read(): file signature not found")
    add(R, "src/H5FDsec2.c", S, "#004: H5FDsec2.c line 729 in H5FD_sec2_read(): file read failed")
    add(R, "src/H5FDsec2.c", S, "#004: H5FDsec2.c line 792 in H5FD_sec2_write(): file write failed")
    add(R, "src/H5FDsec2.c", S,
        "#004: H5FDsec2.c line 782 in H5FD_sec2_write(): unable to seek to proper position")
    add(R, "src/H5Z.c", Z, "#003: H5Z.c line 1227 in H5Z_pipeline(): filter returned failure during read")
    add(R, "src/H5Z.c", U, "#003: H5Z.c line 1256 in H5Z_pipeline(): required filter is not registered")
    add(R, "src/H5err.txt", Z, "File has been truncated")


def _jb_eccodes(add):
    # --- ecmwf/eccodes: grib_get_error_message table (src/eccodes/grib_errors.cc) and
    #     grib_context_log texts ("ECCODES ERROR   :  %s", strerror appended for GRIB_LOG_PERROR) ---
    R = "ecmwf/eccodes"
    for typ, m in [(Z, "Missing 7777 at end of message"),
                   (U, "Key/value not found"),
                   (S, "Input output problem"),
                   (Z, "Message malformed"),
                   (Z, "Index is corrupted"),
                   (U, "Edition not supported."),
                   (U, "Functionality not enabled")]:
        add(R, "src/eccodes/grib_errors.cc", typ, m)
    add(R, "src/eccodes/grib_index.cc", S,
        "ECCODES ERROR   :  Unable to write in file /var/lib/stemedb/grib/era5_2024061100.idx (No space left on device)")
    add(R, "src/eccodes/grib_io.cc", S,
        'ECCODES ERROR   :  codes_extract_offsets_malloc_internal: Unable to read file "/var/lib/stemedb/grib/era5_2024061100.grib"')
    add(R, "src/eccodes/grib_io.cc", Z, "ECCODES ERROR   :  read_HDF5: invalid signature")


def _jb_libgeotiff(add):
    # --- OSGeo/libgeotiff: GTIFErrorFunction ("Error: "/"Warning: " + text) and the bin/ tools' stderr texts ---
    R = "OSGeo/libgeotiff"
    add(R, "libgeotiff/geo_new.c", Z,
        "Error: Key ProjectedCSTypeGeoKey of TIFFTagLocation=0 has count=2, whereas only 1 is legal.")
    add(R, "libgeotiff/geo_new.c", Z,
        "Error: Key GeogCitationGeoKey is of type ASCII but GeoAsciiParams is missing or corrupted.")
    add(R, "libgeotiff/geo_get.c", Z, "Warning: Expected key GeogAngularUnitsGeoKey to be of type Short. Got Double")
    add(R, "libgeotiff/bin/applygeo.c", S,
        "Cannot open TIFF file /var/lib/stemedb/tiles/dem_33N.tif (does not exist or not a valid TIFF file)")
    add(R, "libgeotiff/bin/applygeo.c", Z, "Projection definition file is not valid (/etc/stemedb/geo/utm33n.geo)")


# part_jc (holdout30): Rust/C WebAssembly runtimes, plugin hosts and sandboxes -- wasmi-labs/wasmi, extism/extism, wasm3/wasm3, bytecodealliance/wasm-micro-runtime, bytecodealliance/lucet, bytecodealliance/cap-std, containerd/runwasi, kubewarden/policy-evaluator, enarx/enarx; snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (#[error]/Display/write!/anyhow!/bail!/.context texts, C string tables with their printf prefixes), placeholders filled plausibly.
def _part_jc(add):
    _jc_wasmi(add)
    _jc_extism(add)
    _jc_wasm3(add)
    _jc_wamr(add)
    _jc_lucet(add)
    _jc_cap_std(add)
    _jc_runwasi(add)
    _jc_kubewarden(add)
    _jc_enarx(add)


def _jc_wasmi(add):
    # wasmi-labs/wasmi @2abed01e: TrapCode::trap_message, MemoryError / LinkerError / InstantiationError /
    # ReadError / GlobalError / StoreError Display impls.
    R = "wasmi-labs/wasmi"
    for typ, m, p in [
        (U, "integer divide by zero", "crates/core/src/trap.rs"),
        (U, "call stack exhausted", "crates/core/src/trap.rs"),
        (U, "all fuel consumed by WebAssembly", "crates/core/src/trap.rs"),
        (U, "not enough fuel. required=1024", "crates/core/src/memory/error.rs"),
        (U, "a resource limiter denied to allocate or grow the linear memory", "crates/core/src/memory/error.rs"),
        (U, "tried to write to immutable global variable", "crates/core/src/global.rs"),
        (U, "encountered duplicate definition with name `(env,host_log)`", "crates/wasmi/src/linker.rs"),
        (U, "mismatched number of imports: expected 4 but found 3", "crates/wasmi/src/module/instantiate/error.rs"),
        (U, "failed to resolve entity: store owner mismatch", "crates/wasmi/src/store/error.rs"),
        (Z, "encountered unexpected end of stream", "crates/wasmi/src/module/read.rs"),
    ]:
        add(R, p, typ, m)


def _jc_extism(add):
    # extism/extism @7230657f: runtime crate (anyhow!/bail!/Error::msg texts and the debug! line of a
    # timed-out call; the file-load error formats io::ErrorKind's Display) and the convert crate.
    R = "extism/extism"
    for typ, m, p in [
        (S, "Unable to load Wasm file \"/var/lib/stemedb/plugins/filter.wasm\": entity not found", "runtime/src/manifest.rs"),
        (S, "Unable to load Wasm file \"/var/lib/stemedb/plugins/filter.wasm\": permission denied", "runtime/src/manifest.rs"),
        (Z, "Hash mismatch, found 9f2c4b7e1d0a3c58e6f1b2a7d4c9e0f3a6b5c8d1e2f4a7b0c3d6e9f2a5b8c1d4 but expected 4e1a77c0b3d9f2e5a8c1b4d7e0f3a6c9b2d5e8f1a4c7b0d3e6f9a2c5b8d1e4f7", "runtime/src/manifest.rs"),
        (Z, "Unknown manifest format", "runtime/src/manifest.rs"),
        (U, "No wasm files specified in Extism manifest", "runtime/src/manifest.rs"),
        (A, "HTTP request to https://hooks.example.com/v1/ingest is not allowed", "runtime/src/pdk.rs"),
        (Z, "Invalid URL: RelativeUrlWithoutBase", "runtime/src/pdk.rs"),
        (U, "HTTP response exceeds the configured maximum number of bytes: 52428800", "runtime/src/pdk.rs"),
        (U, "plugin ran out of fuel", "runtime/src/plugin.rs"),
        (T, "call to handle_event timed out", "runtime/src/plugin.rs"),
        (U, "cannot make reentrant calls into plugin", "runtime/src/plugin.rs"),
        (Z, "Expected one byte to read boolean value", "convert/src/from_bytes.rs"),
    ]:
        add(R, p, typ, m)


def _jc_wasm3(add):
    # wasm3/wasm3 @c9b579d8: the d_m3ErrorConst table (M3Result texts) in source/wasm3.h.
    R = "wasm3/wasm3"
    for typ, m in [
        (U, "memory allocation failed"),
        (Z, "incompatible Wasm binary version"),
        (Z, "malformed Wasm binary"),
        (Z, "LEB encoded value overflow"),
        (Z, "invalid length UTF-8 string"),
        (U, "missing imported function"),
        (U, "runtime ran out of memory"),
        (U, "[trap] integer divide by zero"),
        (U, "[trap] stack overflow"),
    ]:
        add(R, "source/wasm3.h", typ, m)


def _jc_wamr(add):
    # bytecodealliance/wasm-micro-runtime @646b5a9b: loader texts behind "WASM module load failed: "
    # (wasm_loader_set_error_buf), instantiate texts behind "WASM module instantiate failed: ",
    # AOT loader texts behind "AOT module load failed: ", exception_msgs[] behind "Exception: ",
    # and a LOG_ERROR text of the debug engine.
    R = "bytecodealliance/wasm-micro-runtime"
    for typ, m, p in [
        (Z, "WASM module load failed: magic header not detected", "core/iwasm/interpreter/wasm_loader.c"),
        (Z, "WASM module load failed: unknown binary version", "core/iwasm/interpreter/wasm_loader.c"),
        (Z, "WASM module load failed: unexpected end", "core/iwasm/interpreter/wasm_loader.c"),
        (U, "WASM module load failed: a module with WASI apis must export memory by default", "core/iwasm/interpreter/wasm_loader.c"),
        (U, "WASM module instantiate failed: unknown import", "core/iwasm/interpreter/wasm_runtime.c"),
        (U, "WASM module instantiate failed: failed to link import memory (env, memory)", "core/iwasm/interpreter/wasm_runtime.c"),
        (U, "AOT module load failed: invalid target type, expected x86_64 but got aarch64v8", "core/iwasm/aot/aot_loader.c"),
        (U, "Exception: out of bounds memory access", "core/iwasm/common/wasm_runtime_common.c"),
        (U, "Exception: native stack overflow", "core/iwasm/common/wasm_runtime_common.c"),
        (N, "wasm gdb server error: socket bind failed", "core/iwasm/libraries/debug-engine/gdbserver.c"),
    ]:
        add(R, p, typ, m)


def _jc_lucet(add):
    # bytecodealliance/lucet @d0b358c5 (archived): lucet-runtime-internals Error / ModuleError / DlError
    # (#[error] texts, bail_limits_exceeded! strings; lucet_module::Error reaches the runtime
    # as "Module error: Module data error: ..."), lucetc Error and validate errors.
    R = "bytecodealliance/lucet"
    RI = "lucet-runtime/lucet-runtime-internals/src/"
    for typ, m, p in [
        (U, "Region capacity reached: 1024 instances", RI + "error.rs"),
        (U, "Instance limits exceeded: expanded heap would overflow address space", RI + "alloc/mod.rs"),
        (U, "No linear memory available: cannot expand heap", RI + "alloc/mod.rs"),
        (U, "`Instance::run_start()` must be run before running other exported functions", RI + "error.rs"),
        (S, "Dynamic loading error: IO: No such file or directory (os error 2)", RI + "module/dl.rs"),
        (Z, "Module error: Module data error: Deserialization error", "lucet-module/src/error.rs"),
        (Z, "Input does not have Wasm preamble", "lucetc/src/error.rs"),
        (U, "Import not found: wasi_snapshot_preview1::sock_accept", "lucetc/src/validate.rs"),
    ]:
        add(R, p, typ, m)
    # ModuleSignature::verify maps a minisign verification failure to ModuleSignatureError
    add(R, RI + "module/dl.rs", A, "Module error: Module data error: Module signature error", True)


def _jc_cap_std(add):
    # bytecodealliance/cap-std @715e4ed6: io::Error::new texts of cap-primitives, cap-std, cap-tempfile.
    R = "bytecodealliance/cap-std"
    for typ, m, p in [
        (S, "a path led outside of the filesystem", "cap-primitives/src/fs/errors.rs"),
        (S, "the source path is not an existing regular file", "cap-primitives/src/rustix/fs/copy_impl.rs"),
        (S, "Couldn't reopen file", "cap-primitives/src/fs/reopen.rs"),
        (S, "too many temporary files exist", "cap-tempfile/src/lib.rs"),
        (Z, "filesystem path is not valid UTF-8", "cap-std/src/fs_utf8/mod.rs"),
        (U, "modified time metadata not available on this platform", "cap-primitives/src/fs/metadata.rs"),
        (A, "An address was outside the pool", "cap-primitives/src/net/pool.rs"),
    ]:
        add(R, p, typ, m)


def _jc_runwasi(add):
    # containerd/runwasi @eb9967aa: containerd-shimkit sandbox Error (#[error] "not found: {0}",
    # "already exists: {0}", "invalid argument: {0}", "{0}") with the strings built in local.rs,
    # the containerd content client and the wasmtime / generic shims.
    R = "containerd/runwasi"
    for typ, m, p in [
        (U, "already exists: wasi-demo-7f3c9a", "crates/containerd-shimkit/src/sandbox/shim/local.rs"),
        (U, "invalid argument: terminal is not supported", "crates/containerd-shimkit/src/sandbox/shim/local.rs"),
        (U, "invalid argument: rootfs is not set in runtime spec", "crates/containerd-shimkit/src/sandbox/shim/local.rs"),
        (Z, "unexpected digest, expected sha256:3b7f0a9c1e4d2b6a8f5c0e7d9a1b3c5e7f9a0b2c4d6e8f0a1b3c5d7e9f0a2b4c got sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "crates/containerd-shim-wasm/src/containerd/client.rs"),
        (S, "failed to write all bytes, expected 1048576 got 524288", "crates/containerd-shim-wasm/src/containerd/client.rs"),
        (U, "failed to get image for image ghcr.io/containerd/runwasi/wasi-demo-app:latest", "crates/containerd-shim-wasm/src/containerd/client.rs"),
        (U, "only a single module is supported when using images with OCI layers", "crates/containerd-shim-wasm/src/sandbox/context.rs"),
        (Z, "invalid precompiled module", "crates/containerd-shim-wasmtime/src/instance.rs"),
        (Z, "not a valid script or elf file", "crates/containerd-shim-wasm/src/sys/unix/container/executor.rs"),
    ]:
        add(R, p, typ, m)


def _jc_kubewarden(add):
    # kubewarden/policy-evaluator @f599912f: thiserror texts (src/errors.rs, policy_evaluator/errors.rs,
    # policy_group_evaluator/errors.rs, runtimes/*/errors.rs, crates/burrego/src/errors.rs) and the
    # certificate-verification / callback / waPC runtime strings.
    R = "kubewarden/policy-evaluator"
    for typ, m, p in [
        (N, "Certificate is being used after its expiration date", "src/callback_handler/crypto.rs"),
        (N, "Certificate is not trusted by the provided cert chain", "src/callback_handler/crypto.rs"),
        (Z, "Timestamp not_after is not in RFC3339 format", "src/callback_handler/crypto.rs"),
        (A, "Policy has not been granted access to Kubernetes apps/v1/Deployment resources. The violation has been reported.", "src/runtimes/callback.rs"),
        (T, "guest code interrupted, execution deadline exceeded", "crates/burrego/src/errors.rs"),
        (T, "Policy execution interrupted because it exceeded the allowed execution time", "src/runtimes/wapc/runtime.rs"),
        (U, "Missing Rego builtins: net.cidr_contains, crypto.x509.parse_certificates", "crates/burrego/src/errors.rs"),
        (U, "unknown policy: psp-capabilities", "src/policy_group_evaluator/errors.rs"),
        (U, "cannot specify 'policy_file' and 'policy_contents' at the same time", "src/policy_evaluator/errors.rs"),
        (U, "no annotations in policy metadata. policy metadata must specify annotations", "src/errors.rs"),
        (Z, "annotation \"\"io.kubewarden.policy.url\"\" in policy metadata must be a well formed URL: \"relative URL without a base\"", "src/errors.rs"),
    ]:
        add(R, p, typ, m)


def _jc_enarx(add):
    # enarx/enarx @6eb92364: anyhow!/bail!/.context texts of the CLI, backends, caching and the
    # exec-wasmtime identity code; shown as anyhow's "{}" prints them (outer text only), except the
    # WASM-module open failure, written as anyhow's "{:#}" ("outer: inner").
    R = "enarx/enarx"
    for typ, m, p in [
        (S, "failed to open WASM module at `/var/lib/stemedb/wasm/main.wasm`: No such file or directory (os error 2)", "src/exec/mod.rs"),
        (S, "Failed to open '/dev/kvm'", "src/backend/kvm/builder.rs"),
        (N, "failed to connect to `https://kdsintf.amd.com/vcek/v1/Milan/crl`", "src/caching.rs"),
        (N, "refusing to use an unencrypted steward url", "crates/exec-wasmtime/src/runtime/identity/mod.rs"),
        (N, "Did not receive Intel TCB signing certificates in HTTP response header", "src/cli/platform/sgx/tcb.rs"),
        (A, "Invalid verifying key", "src/cli/sign.rs"),
        (A, "Credential helper failed with exit code 1", "src/drawbridge.rs"),
        (A, "Failed to read credentials from keyring", "src/drawbridge.rs"),
        (Z, "Missing `:` in tag specification: store.profian.com/stemedb/agent", "src/drawbridge.rs"),
        (U, "Keep backend \"sev\" is not available on this platform.", "src/cli/mod.rs"),
        (U, "keep exited with a non-portable exit code `300`, which exceeds 255", "src/exec/mod.rs"),
    ]:
        add(R, p, typ, m)
    # Signature::from_bytes on the configured SGX signature blob returned None
    add(R, "src/backend/sgx/builder.rs", A, "Invalid SGX signature", True)


# part_jd (holdout30): Bitcoin/Lightning implementations and wallets -- rust-bitcoin/rust-bitcoin, bitcoindevkit/bdk, lightningdevkit/rust-lightning, lightningnetwork/lnd, btcsuite/btcd, romanz/electrs, ElementsProject/lightning (Core Lightning), rust-bitcoin/rust-secp256k1; newest snapshots via fetch, each message read with `git show HEAD:<path>` in the file named per entry (Display/Debug arm, errors.New/fmt.Errorf text, C format string), placeholders filled plausibly; Go wrapping (": " + inner), anyhow context chains ("{:#}") and lnd's health-check log prefix are reproduced as the code builds them.
TXID1 = "f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16"
TXID2 = "a1075db55d416d3ca199f55b6084e2115b9345e16c5cf302fc80e9d5fbf5d48d"
BH1 = "00000000000000000002a7c4c1e48d76c5a37902165a270156b7a8d72728a054"
BH2 = "0000000000000000000320283a032748cef8227873ff4872689bf23f1cda83a5"
NODE = "02eec7245d6b7d2ccb30380bfbe2a3648cd7a942653f5aa340edcea1f283686619"


def _part_jd(add):
    _jd_rust_bitcoin(add)
    _jd_bdk(add)
    _jd_ldk(add)
    _jd_lnd(add)
    _jd_btcd(add)
    _jd_electrs(add)
    _jd_core_lightning(add)
    _jd_secp256k1(add)


def _jd_rust_bitcoin(add):
    # rust-bitcoin: Display impls (std build: write_err! prints only the prefix, the source is chained).
    R = "rust-bitcoin/rust-bitcoin"
    for typ, m in [(Z, "base58 checksum 0x3f2a1c9e does not match expected 0x8b41d07a"),
                   (Z, "invalid base58 character 0x30"),
                   (Z, "decoded base58check payload was 20 bytes, expected 21")]:
        add(R, "base58/src/error.rs", typ, m)
    add(R, "addresses/src/error.rs", U,
        "address bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq is not valid on testnet4")
    add(R, "addresses/src/error.rs", Z, "legacy address is too long: 64 (max 50 characters)")
    for typ, m in [(Z, "required at least 9 bytes but only 3 bytes were received"),
                   (Z, "decoded length 4000001 exceeds maximum allowed 4000000"),
                   (Z, "the value 252 was not encoded minimally")]:
        add(R, "consensus_encoding/src/error.rs", typ, m)
    add(R, "units/src/amount/error.rs", Z, "the digits starting from position 9 represent a sub-satoshi amount")
    add(R, "bitcoin/src/crypto/sighash.rs", U,
        "number of supplied prevouts differs from the number of inputs in transaction")
    add(R, "bitcoin/src/crypto/sighash.rs", U,
        "single prevout provided but all prevouts are needed without `ANYONECANPAY`")


def _jd_bdk(add):
    # bdk: bdk_file_store StoreError, bdk_chain LocalChain / TxGraph / KeychainTxOutIndex errors,
    # bdk_electrum and bdk_bitcoind_rpc messages.
    R = "bitcoindevkit/bdk"
    for typ, m in [(S, "io error while reading store file: failed to fill whole buffer"),
                   (S, "io error while reading store file: Permission denied (os error 13)"),
                   (Z, "invalid magic bytes: expected 0x62646b5f77616c6c6574, got 0x00000000000000000000")]:
        add(R, "crates/file_store/src/lib.rs", typ, m)
    for typ, m in [(U, "genesis block is missing"),
                   (U, "`prev_blockhash` doesn't match block at height 840000 (" + BH1 + ")"),
                   (U, "cannot construct `LocalChain` without a genesis checkpoint"),
                   (U, "introduced chain cannot connect with the original chain, try include height 839998")]:
        add(R, "crates/chain/src/local_chain.rs", typ, m)
    add(R, "crates/chain/src/indexer/keychain_txout.rs", U,
        "keychain 'Internal' is already associated with another descriptor "
        "'wpkh([d34db33f/84'/0'/0']xpub6CatWdiZiodmUeTDp8LT5or8nmbKNcuyvz7WyksVFkKB4RHwCD3XyuvPEbvqAQY3rAPshWcMLoP2fMFMKHPJ4ZeZXYVUhLv1VMrjPC7PW6V/1/*)#5l7ja6qv'")
    add(R, "crates/chain/src/tx_graph.rs", U,
        "cannot calculate fee, missing previous output(s): " + TXID1 + ":0, " + TXID2 + ":1")
    add(R, "crates/electrum/src/bdk_electrum_client.rs", Z,
        "electrum server returned transaction with unexpected txid: expected " + TXID1 + ", got " + TXID2)
    add(R, "crates/bitcoind_rpc/src/bip158.rs", U, "maximum reorg depth exceeded")


def _jd_ldk(add):
    # rust-lightning: DecodeError Display, APIError Debug, noise handshake LightningError texts,
    # PeerHandleError, lightning-invoice errors, lightning-persister, lightning-block-sync, tx-sync.
    R = "lightningdevkit/rust-lightning"
    for typ, m in [(Z, "Nonsense bytes didn't map to the type they were interpreted as"),
                   (Z, "Packet extended beyond the provided bytes"),
                   (Z, "A length descriptor in the packet didn't describe the later data correctly")]:
        add(R, "lightning/src/ln/msgs.rs", typ, m)
    add(R, "lightning/src/util/errors.rs", U, "Misuse error: Funding transaction absolute timelock is non-final")
    add(R, "lightning/src/util/errors.rs", U,
        "Client indicated a channel monitor update is in progress but not yet complete")
    add(R, "lightning/src/ln/peer_channel_encryptor.rs", A, "Bad MAC", True)
    add(R, "lightning/src/ln/peer_channel_encryptor.rs", N, "Unknown handshake version number 1")
    add(R, "lightning/src/ln/peer_handler.rs", N, "Peer Sent Invalid Data")
    add(R, "lightning-invoice/src/lib.rs", A, "The invoice's signature is invalid", True)
    add(R, "lightning-invoice/src/de.rs", Z, "did not begin with 'ln'")
    add(R, "lightning-persister/src/fs_store/v2.rs", S,
        "Found file `/var/lib/ldk/monitors` where FilesystemStoreV2 expects a namespace directory. "
        "This indicates the directory was previously used by FilesystemStore (v1). "
        "Please migrate your data or use a different directory.")
    add(R, "lightning-block-sync/src/rpc.rs", U, "RPC error -28: Loading block index\u2026")
    add(R, "lightning-block-sync/src/http.rs", A, "HTTP error: status_code: 401, contents: ")


def _jd_lnd(add):
    # lnd: healthcheck (Observation.Infof prefix "Health check: <name> "), channeldb, macaroons,
    # aezeed, walletunlocker, tor controller, lncfg, lnd.go, brontide.
    R = "lightningnetwork/lnd"
    add(R, "healthcheck/healthcheck.go", T,
        "Health check: chain backend failed with: health check: chain backend timed out after: 30s, "
        "attempts: 2 backing off for: 2m0s")
    add(R, "server.go", S,
        "Health check: disk space failed with: require: 0.1 free space, got: 0.0412, attempts: 1 backing off for: 1m0s")
    add(R, "channeldb/error.go", U, "channel not found")
    add(R, "macaroons/store.go", U, "macaroon store is locked")
    add(R, "macaroons/store.go", A, "root key with id 0 doesn't exist")
    add(R, "macaroons/constraints.go", A, "macaroon locked to different IP address")
    add(R, "aezeed/errors.go", A, "invalid passphrase")
    add(R, "aezeed/errors.go", Z, "mnemonic phrase checksum doesn't match")
    add(R, "walletunlocker/service.go", T, "got no unlock message before timeout")
    add(R, "tor/controller.go", N,
        "unable to connect to Tor server: dial tcp 127.0.0.1:9051: connect: connection refused")
    add(R, "tor/controller.go", A,
        "expected server hash 5c3e7f0a9b2d4e6f8a1c3b5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e1f, "
        "got 9a4b2c7d1e8f3a6b5c0d9e2f7a1b4c8d3e6f0a5b2c9d1e4f7a3b6c0d8e2f5a1b", True)
    add(R, "lncfg/db.go", T, "error opening etcd DB: context deadline exceeded")
    add(R, "lnd.go", S,
        "unable to read macaroon path (check the network setting!): "
        "open /var/lib/lnd/data/chain/bitcoin/mainnet/admin.macaroon: no such file or directory")
    add(R, "brontide/noise.go", N,
        "act one: invalid handshake version: 1, only 0 is valid, "
        "msg=0102eec7245d6b7d2ccb30380bfbe2a3648cd7a942653f5aa340edcea1f2836866196b1e2f4a9c3d5e7f80a1b2c3d4e5f6")


def _jd_btcd(add):
    # btcd: database.Error (Description + ": " + Err when Err is set), ffldb block files and
    # reconcile, rpcclient, btcec ecdsa DER parser, txscript.
    R = "btcsuite/btcd"
    F = "/var/lib/btcd/data/mainnet/blocks_ffldb/000000123.fdb"
    add(R, "database/ffldb/blockio.go", S,
        'failed to open file "' + F + '": open ' + F + ": permission denied: open " + F + ": permission denied")
    add(R, "database/ffldb/blockio.go", S,
        "failed to sync file 123: sync " + F + ": input/output error: sync " + F + ": input/output error")
    add(R, "database/ffldb/blockio.go", Z,
        "block data for block " + BH1 + " checksum does not match - got 3f2a1c9e, want 8b41d07a")
    add(R, "database/ffldb/blockio.go", U,
        "block data for block " + BH1 + " is for the wrong network - got 118034699, want 3652501241")
    add(R, "database/ffldb/reconcile.go", Z,
        "metadata claims file 123, offset 1048576, but block data is at file 123, offset 524288")
    add(R, "database/ffldb/db.go", U, "create bucket requires a writable database transaction")
    add(R, "rpcclient/infrastructure.go", A, 'status code: 401, response: ""')
    add(R, "rpcclient/infrastructure.go", U, "the client has been shutdown")
    add(R, "btcec/ecdsa/signature.go", A, "malformed signature: too short", True)
    add(R, "txscript/opcode.go", A, "signature not empty on failed checksig", True)
    add(R, "txscript/engine.go", U, "exceeded max operation limit of 201")


def _jd_electrs(add):
    # electrs: anyhow contexts shown with their cause (": " chain), config errors printed as "Error: ...".
    R = "romanz/electrs"
    add(R, "src/daemon.rs", S,
        "failed to open bitcoind cookie file: /var/lib/bitcoind/.cookie: No such file or directory (os error 2)")
    add(R, "src/daemon.rs", Z, "failed to parse bitcoind cookie - missing ':' separator")
    add(R, "src/daemon.rs", U, "electrs requires non-pruned bitcoind node")
    add(R, "src/daemon.rs", N, "bitcoind RPC polling failed: daemon not available")
    add(R, "src/electrum.rs", U, "no header at 840123")
    add(R, "src/electrum.rs", Z, "non-hex transaction")
    add(R, "src/electrum.rs", U, "version 1.2 < 1.4")
    add(R, "src/metrics.rs", N, "failed to start HTTP server on 0.0.0.0:4224: Address already in use (os error 98)")
    add(R, "src/server.rs", N, "17: recv failed: Connection reset by peer (os error 104)")
    add(R, "src/config.rs", N,
        "Error: Failed to resolve address bitcoind.internal:8332: "
        "failed to lookup address information: Name or service not known")


def _jd_core_lightning(add):
    # Core Lightning (C): bcli plugin_err / command_done_err texts, hsmd + common/hsm_secret.c strings,
    # db layer (db_fatal / db->error), connectd handshake_failed_ debug line.
    R = "ElementsProject/lightning"
    add(R, "plugins/bcli.c", T, "getblock " + BH2 + " timed out after 60 seconds")
    add(R, "plugins/bcli.c", U, "Unsupported bitcoind version 210000, at least 220000 required.")
    add(R, "plugins/bcli.c", T,
        "RPC connection timed out. Could not connect to bitcoind using bitcoin-cli. Is bitcoind running?\n\n"
        "Make sure you have bitcoind running and that bitcoin-cli is able to connect to bitcoind.\n\n"
        "You can verify that your Bitcoin Core installation is ready for use by running:\n\n"
        "    $ bitcoin-cli -datadir=/var/lib/bitcoind echo 'hello world'")
    add(R, "hsmd/hsmd.c", A, "Failed to load hsm_secret: Wrong passphrase")
    add(R, "hsmd/hsmd.c", Z, "Failed to load hsm_secret: Invalid hsm_secret format")
    add(R, "hsmd/hsmd.c", S, "Could not read hsm_secret: Permission denied")
    add(R, "db/exec.c", S,
        "Optimistic lock on the database failed. There may be a concurrent access to the database. "
        "Aborting since concurrent access is unsafe.")
    add(R, "db/db_postgres.c", N,
        "Could not connect to postgres://lightningd@10.0.0.12:5432/lightningd: "
        'connection to server at "10.0.0.12", port 5432 failed: Connection refused\n'
        "\tIs the server running on that host and accepting TCP/IP connections?")
    add(R, "db/db_sqlite3.c", S, "Failed to commit a transaction: database or disk is full")
    add(R, "db/db_sqlite3.c", Z,
        "Could not parse the wallet DSN: sqlite:///var/lib/lightningd/bitcoin/lightningd.sqlite3")
    add(R, "connectd/handshake.c", N, "Initiator: handshake failed act_two_initiator2:572")


def _jd_secp256k1(add):
    # rust-secp256k1: secp256k1::Error Display, Parity error, musig ParseError.
    R = "rust-bitcoin/rust-secp256k1"
    add(R, "src/lib.rs", A, "signature failed verification", True)
    add(R, "src/lib.rs", A, "malformed signature", True)
    for typ, m in [(A, "malformed public key"),
                   (A, "malformed or out-of-range secret key"),
                   (U, "message was not 32 bytes (do you need to hash?)"),
                   (U, "bad tweak"),
                   (U, "not enough memory allocated"),
                   (U, "the sum of public keys was invalid or the input vector lengths was less than 1")]:
        add(R, "src/lib.rs", typ, m)
    add(R, "src/key/mod.rs", U, "invalid value 2 for Parity - must be 0 or 1")


def holdout30(add):
    for part in (_part_ja, _part_jb, _part_jc, _part_jd):
        part(add)
