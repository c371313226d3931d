"""The thirty-ninth blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_ne (holdout39): Rust Kubernetes operators, device plugins and cloud-native agents -- kubewarden/policy-server, stackabletech/operator-rs, project-akri/akri, bottlerocket-os/bottlerocket-update-operator, metalbear-co/mirrord, stackabletech/secret-operator, openebs/mayastor, kube-rs/kopium; snapshots via fetch, each message read with `git show HEAD:<path>` in the file named per entry (thiserror #[error], snafu display, anyhow!/bail! texts); placeholders filled plausibly. Fills not read in the named repository: inner errors are the usual texts of std::io (os error N), serde_json, semver, reqwest and tonic; policy-server's "cannot be verified" inner text is kubewarden/policy-fetcher's verify_signatures_against_config message (first line only, as a line-based log shows it); mayastor's store inner text is etcd-client's "transport error: {}" around tonic's "transport error". Snafu errors are given as their own Display (snafu does not append the source), as operators log them at top level.
def _part_ne(add):
    _ne_policy_server(add)
    _ne_operator_rs(add)
    _ne_akri(add)
    _ne_brupop(add)
    _ne_mirrord(add)
    _ne_secret_operator(add)
    _ne_mayastor(add)
    _ne_kopium(add)


def _ne_policy_server(add):
    R = "kubewarden/policy-server"
    for typ, m in [
        (U, "client CA certificate requires server certificate and key to be specified"),
        (S, 'error while loading policies from "/etc/kubewarden/policies.yml": No such file or directory (os error 2)'),
        (U, "policy name 'psp/capabilities' contains a '/' character"),
    ]:
        add(R, "src/config.rs", typ, m)
    for typ, m in [
        (U, "Policy required Kubewarden version 1.22.0 but is running on 1.19.0"),
    ]:
        add(R, "src/evaluation/precompiled_policy.rs", typ, m)
    for typ, m in [
        (N, "Cannot connect to Kubernetes, context aware policies would not work properly"),
        (S, "Cannot create directory to cache sigstore data: Read-only file system (os error 30)"),
    ]:
        add(R, "src/lib.rs", typ, m)
    add(R, "src/policy_downloader.rs", A,
        "Policy 'psp-capabilities' cannot be verified: Image verification failed: minimum number of signatures not reached: needed 1, got 0",
        True)
    for typ, m in [
        (Z, "Verification of policy psp-capabilities failed: The digest of the local file doesn't match with the one reported inside of the signed manifest. Got 3f1a9c0e5b7d2a4816c3e9f0b1d2a7c4e5f6a8b9c0d1e2f3a4b5c6d7e8f9a0b1 instead of 9b2c4d6e8f0a1b3c5d7e9f1a2b4c6d8e0f2a3b5c7d9e1f3a4b6c8d0e2f4a5b6c"),
        (N, "Error while downloading policy 'psp-capabilities' from registry://ghcr.io/kubewarden/policies/psp-capabilities:v0.1.9: error sending request for url (https://ghcr.io/v2/kubewarden/policies/psp-capabilities/manifests/v0.1.9)"),
    ]:
        add(R, "src/policy_downloader.rs", typ, m)
    add(R, "src/main.rs", S, "Cannot create file for daemon stdout: Permission denied (os error 13)")
    add(R, "src/certs.rs", S, "Cannot initialize inotify: Too many open files (os error 24)")
    add(R, "src/profiling.rs", U, "CPU profile already running")
    add(R, "src/tracing.rs", U, "Unknown log message format")


def _ne_operator_rs(add):
    R = "stackabletech/operator-rs"
    add(R, "crates/stackable-operator/src/utils/signal.rs", T,
        "failed to meet CRD established condition before the timeout elapsed")
    add(R, "crates/stackable-webhook/src/tls/mod.rs", N,
        "failed to create TCP listener by binding to socket address 0.0.0.0:8443")
    add(R, "crates/stackable-operator/src/utils/kubelet.rs", Z, "failed to deserialize kubelet config JSON")
    add(R, "crates/stackable-operator/src/crd/s3/connection/v1alpha1_impl.rs", Z,
        "failed to parse S3 endpoint 'minio:9000/bucket'")
    add(R, "crates/stackable-shared/src/time/duration.rs", Z, "fragment with value 5 has no unit")
    for typ, m in [(Z, "failed to parse bytes as valid UTF-8 string"),
                   (S, "failed to write YAML to file")]:
        add(R, "crates/stackable-shared/src/yaml.rs", typ, m)
    add(R, "crates/stackable-operator/src/kvp/key.rs", U, "key prefixes cannot be nested, only use a single slash")
    add(R, "crates/stackable-operator/src/status/rollout.rs", U, "only 2 out of 3 are updated")
    add(R, "crates/stackable-certs/src/ca/mod.rs", U, "invalid secret type, expected kubernetes.io/tls")
    add(R, "crates/stackable-operator/src/cpu.rs", U,
        "unsupported precision \"0.0005\". Kubernetes doesn't allow you to specify CPU resources with a precision finer than 1m. Because of this, it's useful to specify CPU units less than 1.0 or 1000m using the milliCPU form; for example, 5m rather than 0.005")
    add(R, "crates/stackable-telemetry/src/tracing/mod.rs", S, "failed to initialize rolling file appender")


def _ne_akri(add):
    R = "project-akri/akri"
    for typ, m in [
        (U, "Invalid discovery details provided to discovery handler"),
        (N, "Discovery Handler onvif is unavailable"),
        (U, "discoveryProperties' referenced Secret not found"),
    ]:
        add(R, "agent/src/discovery_handler_manager/mod.rs", typ, m)
    for typ, m in [
        (U, "Slot already in use"),
        (U, "No slots left for device"),
        (Z, "Device usage parse error"),
        (U, "Unknown device: akri-udev-video-8120fe"),
    ]:
        add(R, "agent/src/plugin_manager/device_plugin_instance_controller.rs", typ, m)
    add(R, "agent/src/plugin_manager/device_plugin_runner.rs", N, "Unable to register plugin to kubelet")
    add(R, "controller/src/util/pod_watcher.rs", U, "Pod watcher restarted - throwing error to restart controller")
    add(R, "controller/src/util/instance_action.rs", U, 'no labels found for Pod "node2-akri-onvif-8120fe-pod"')
    add(R, "discovery-handlers/onvif/src/discovery_utils.rs", Z, "Failed to get ONVIF ip address: unexpected type")


def _ne_brupop(add):
    R = "bottlerocket-os/bottlerocket-update-operator"
    for m in [
        "The TokenReview Server did not authenticate the provided token.",
        "APIServer does not seem to be in the audience of the requester's token.",
        "Requesting pod's node ('ip-10-0-0-12.us-west-2.compute.internal') does not match brs selector ('ip-10-0-0-15.us-west-2.compute.internal').",
    ]:
        add(R, "apiserver/src/auth/error.rs", A, m)
    for typ, m in [
        (Z, "Failed to deserialize update status: expected value at line 1 column 1"),
        (U, "Unexpected update state: Idle, expecting state to be Available or Staged. Update action performed out of band?"),
        (Z, "Unable to parse version information: 'unexpected character 'v' while parsing major version number'"),
    ]:
        add(R, "agent/src/apiclient.rs", typ, m)
    for typ, m in [
        (S, "Failed to open file '/etc/brupop-tls-keys/tls.key': No such file or directory (os error 2)"),
        (N, "Error running HTTP server: 'Address already in use (os error 98)'"),
    ]:
        add(R, "apiserver/src/api/error.rs", typ, m)
    for typ, m in [
        (U, "Update time window and scheduler are't allowed to be set simultaneously"),
        (Z, "Failed to generate update window settings due to invalid input, please follow HH:MM:SS format."),
    ]:
        add(R, "controller/src/scheduler.rs", typ, m)
    add(R, "apiserver/src/webhook/mod.rs", U, "Desired version v3 is not a valid BottlerocketShadow version")
    add(R, "agent/src/agentclient.rs", U,
        "Agent client failed due to internal assertion issue: 'Spec state should never be ErrorReset.'")


def _ne_mirrord(add):
    R = "metalbear-co/mirrord"
    for typ, m in [
        (T, "Timeout on accepting first client connection"),
        (U, "Exhausted possible identifiers for tunneled connections."),
        (U, "IP tables dirty"),
    ]:
        add(R, "mirrord/agent/src/error.rs", typ, m)
    add(R, "mirrord/agent/src/namespace.rs", S,
        "failed to open target's namespace file: No such file or directory (os error 2)")
    for typ, m in [
        (N, "failed to make a passthrough TCP connection: Connection refused (os error 111)"),
        (N, "incoming connection failed: Connection reset by peer (os error 104)"),
        (U, "connection cancelled because mirrord-agent is exiting"),
    ]:
        add(R, "mirrord/agent/src/incoming/error.rs", typ, m)
    add(R, "mirrord/agent/src/incoming/tls/error.rs", N, "no good trust root certificate was found")
    for typ, m in [
        (T, "receiving body took longer than the max configured timeout of 1000ms"),
        (U, "body size exceeded max configured size of 65536 bytes"),
    ]:
        add(R, "mirrord/agent/src/incoming/connection/http.rs", typ, m)
    add(R, "mirrord/agent/env/src/checked_env.rs", Z,
        "failed to deserialize as JSON: EOF while parsing an object at line 1 column 15")
    add(R, "mirrord/agent/src/runtime/error.rs", U, "unknown container runtime `podman`")
    add(R, "mirrord/operator/src/client/error.rs", T, "operation timed out: copying target")


def _ne_secret_operator(add):
    R = "stackabletech/secret-operator"
    P = "/var/lib/kubelet/pods/3f2c9a1e-7b4d-4c1a-9e2f-5a6b7c8d9e0f/volumes/kubernetes.io~csi/tls-certs/mount"
    for typ, m in [
        (S, 'failed to create secret parent dir "%s"' % P),
        (S, 'failed to write secret file "%s/tls.crt"' % P),
        (U, 'file path "../tls.key" must only contain normal components'),
        (S, "failed to unmount volume mount directory %s" % P),
    ]:
        add(R, "rust/operator-binary/src/csi_server/node.rs", typ, m)
    for typ, m in [
        (A, "failed to authenticate to LDAP server"),
        (N, "failed to connect to LDAP server"),
        (U, "configured samAccountName prefix is longer than the requested length"),
    ]:
        add(R, "rust/krb5-provision-keytab/src/active_directory.rs", typ, m)
    add(R, "rust/operator-binary/src/backend/pod_info.rs", U, "pod has not yet been scheduled to a node")
    add(R, "rust/cert-tools/src/parsers/pkcs12.rs", Z, "failed to deseralize PKCS#12 DER encoded file")
    add(R, "rust/operator-binary/src/backend/kerberos_keytab.rs", U,
        "the kerberosKeytab backend does not currently support TrustStore exports")
    add(R, "rust/operator-binary/src/backend/auto_tls/mod.rs", U,
        "invalid jitter factor 1.5 requested, must be within 0.0..1.0")


def _ne_mayastor(add):
    R = "openebs/mayastor"
    for typ, m in [
        (T, "Store operation timed out."),
        (N, "Failed to connect to store. Error transport error: transport error"),
        (U, "Entry with key /openebs.io/mayastor/apis/v0/clusters/5e3b8c1a-2f4d-4e6b-9a7c-1d2e3f4a5b6c/namespaces/mayastor/NexusInfo/7d8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b not found."),
        (Z, 'Failed to deserialise value {"clean_shutdown":false,"children":[. Error EOF while parsing a list at line 1 column 38'),
    ]:
        add(R, "io-engine/src/store/store_defs.rs", typ, m)
    add(R, "io-engine/src/rebuild/rebuild_error.rs", S, "Read IO failed for bdev 0b6d3f2e-9c1a-4d5b-8e7f-a1b2c3d4e5f6")
    for typ, m in [
        (S, "Error while wiping the bdev (IO Error)"),
        (U, "The chunk_size is not a multiple of the bdev block size"),
    ]:
        add(R, "io-engine/src/core/wiper.rs", typ, m)
    for typ, m in [
        (U, "Cannot remove or offline the last child nvmf://10.0.0.12:8420/nqn.2019-05.io.openebs:0b6d3f2e-9c1a-4d5b-8e7f-a1b2c3d4e5f6 of nexus 7d8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b"),
        (A, "Invalid encryption key"),
    ]:
        add(R, "io-engine/src/bdev/nexus/nexus_bdev_error.rs", typ, m)
    add(R, "io-engine/src/lvm/error.rs", U, "Thin provisioned logical volumes not supported")
    add(R, "io-engine/src/core/mod.rs", S, "Failed to dispatch write at offset 1048576 length 4096")


def _ne_kopium(add):
    R = "kube-rs/kopium"
    add(R, "src/analyzer.rs", U, "only handling single type in arrays")
    for m in ["no schema found for crd",
              "Version 'v1beta2' not found in CRD 'certificates.cert-manager.io'\navailable versions are 'v1'"]:
        add(R, "src/lib.rs", U, m)
    add(R, "src/derive.rs", U, "derive target cannot be empty in '=PartialEq'")
    add(R, "src/main.rs", S, "Failed to read ./crds/servicemonitors.yaml")


# C/C++ logging, tracing and time-series sources (spdlog, glog, log4cplus, carbon-c-relay, statsite, zlog, quill, log4cxx, TDengine): snapshots via fetch read with git show HEAD:<path> (TDengine, too large to fetch, read with read_file at commit 0a4d5ee6d0f459e421e25ef81cdd278809a500cb); each message read in the file named per entry (the throw / log call and, where the text is composed, the formatter that builds it), placeholders filled plausibly.
def _part_nf(add):
    # --- gabime/spdlog: throw_spdlog_ex texts; with an errno, fmt::format_system_error appends ": <strerror>" (common-inl.h) ---
    R = "gabime/spdlog"
    for typ, m in [(S, "Failed opening file /var/log/stemedb/stemedb-api.log for writing: Permission denied"),
                   (S, "Failed to fsync file /var/log/stemedb/stemedb-api.log: Input/output error")]:
        add(R, "include/spdlog/details/file_helper-inl.h", typ, m)
    # default error handler wraps the exception text (logger-inl.h err_handler_)
    add(R, "include/spdlog/logger-inl.h", S, "[*** LOG ERROR #0003 ***] [2024-05-02 13:00:01] [stemedb] Failed writing to file /var/log/stemedb/stemedb-api.log: No space left on device")
    add(R, "include/spdlog/sinks/rotating_file_sink-inl.h", S, "rotating_file_sink: failed renaming /var/log/stemedb/stemedb-api.log to /var/log/stemedb/stemedb-api.1.log: Permission denied")
    for typ, m in [(N, "::getaddrinfo failed: Name or service not known"),
                   (N, "::connect failed: Connection refused"),
                   (N, "write(2) failed: Broken pipe")]:
        add(R, "include/spdlog/details/tcp_client.h", typ, m)
    add(R, "include/spdlog/async_logger-inl.h", U, "async log: thread pool doesn't exist anymore")
    add(R, "include/spdlog/details/thread_pool-inl.h", U, "spdlog::thread_pool(): invalid threads_n param (valid range is 1-1000)")
    add(R, "include/spdlog/details/registry-inl.h", U, "logger with name 'stemedb' already exists")

    # --- google/glog: perror / PLOG (": <strerror> [<errno>]", ErrnoLogMessage) / CHECK / signal handler texts ---
    R = "google/glog"
    for typ, m in [(S, "Could not create log file: Permission denied"),
                   (S, "COULD NOT CREATE LOGFILE '20240502-130001.4821'!"),
                   (S, "Could not remove overdue log /var/log/stemedb/stemedb-api.node2.stemedb.log.INFO.20240425-130001.4821: Operation not permitted"),
                   (S, "E0502 13:00:01.123456  4821 logging.cc:2387] Unable to open /var/log/stemedb/stemedb-api.INFO: No such file or directory [2]"),
                   (S, "Unable to write to /var/log/stemedb/stemedb-api.INFO: No space left on device [28]"),
                   (S, "Truncated /var/log/stemedb/stemedb-api.INFO due to EFBIG error"),
                   (U, "Check failed: batch.size() <= kMaxBatch (1200 vs. 1024)"),
                   (U, "No log truncation support.")]:
        add(R, "src/logging.cc", typ, m)
    add(R, "src/signalhandler.cc", U, "*** SIGSEGV (@0x0) received by PID 4821 (TID 0x7f3a2c1ff700 LWP 4833) from PID 0; stack trace: ***")

    # --- log4cplus/log4cplus: LogLog::error prefixes "log4cplus:ERROR ", warn "log4cplus:WARN " (loglog.cxx) ---
    R = "log4cplus/log4cplus"
    for typ, m in [(S, "log4cplus:ERROR Unable to open file: /var/log/stemedb/stemedb-api.log"),
                   (S, "log4cplus:ERROR Failed to rename file from /var/log/stemedb/stemedb-api.log.1 to /var/log/stemedb/stemedb-api.log.2; error 13")]:
        add(R, "src/fileappender.cxx", typ, m)
    for typ, m in [(S, "log4cplus:ERROR could not open or create file /var/log/stemedb/stemedb-api.log.lock"),
                   (S, "log4cplus:ERROR fcntl(F_SETLKW) failed: 37")]:
        add(R, "src/lockfile.cxx", typ, m)
    add(R, "src/socketappender.cxx", N, "log4cplus:ERROR SocketAppender::append()- Cannot connect to server")
    add(R, "src/syslogappender.cxx", N, "log4cplus:ERROR SysLogAppender- failed to connect to 10.0.0.12:514")
    add(R, "src/socketappender.cxx", Z, "log4cplus:WARN readFromBuffer() received socket message with an invalid version")
    add(R, "src/socketbuffer.cxx", Z, "log4cplus:ERROR SocketBuffer::readString()- Attempt to read beyond end of buffer")
    add(R, "src/configurator.cxx", U, "log4cplus:ERROR PropertyConfigurator::configureAppenders()- Cannot find AppenderFactory: log4cplus::KafkaAppender")
    add(R, "src/loggerimpl.cxx", U, "log4cplus:ERROR No appenders could be found for logger (stemedb.raft).")

    # --- grobian/carbon-c-relay: logerr() texts (server.c, dispatcher.c, receptor.c, aggregator.c, router.c) ---
    R = "grobian/carbon-c-relay"
    for typ, m in [(N, "failed to resolve graphite-relay-2.internal:2003, server unavailable"),
                   (T, "failed to connect() to 10.0.0.12:2003: Operation timed out"),
                   (N, "failed to connect() for 10.0.0.12:2003: Connection refused"),
                   (N, "failed to write() to 10.0.0.13:2004: Connection reset by peer"),
                   (N, "failed to connect ssl stream: error:0A000086:SSL routines::certificate verify failed"),
                   (U, "dropping 1200 metrics for 10.0.0.12:2003")]:
        add(R, "server.c", typ, m)
    add(R, "receptor.c", N, "failed to bind on tcp4 0.0.0.0 port 2003: Address already in use")
    add(R, "dispatcher.c", Z, "Error ERROR_frameType_unknown reading LZ4 compressed data, input buffer overflow")
    add(R, "aggregator.c", U, "aggregator: dropping metric too far in the future (1714653600 > 1714650000): stemedb.api.requests.sum 1 1714653600 from stemedb.node2.api.requests 1 1714653600")
    add(R, "router.c", S, "failed to open config file '/etc/carbon-c-relay.conf': No such file or directory")

    # --- statsite/statsite: syslog(LOG_ERR/LOG_WARNING, ...) texts ---
    R = "statsite/statsite"
    # "getaddrinfo: Temporary failure in name resolution" left out: a catalogue text.
    for typ, m in [(N, "Failed to bind on TCP socket! Err: Address already in use"),
                   (T, "Failed to read() from connection [12]! Connection timed out."),
                   (N, "Failed to recv() from connection [14]! Connection reset by peer.")]:
        add(R, "src/networking.c", typ, m)
    add(R, "src/statsite.c", S, "pid file already exists! (/var/run/statsite.pid)")
    for typ, m in [(Z, "Failed to parse config on line: 42"),
                   (U, "Timer epsilon cannot be equal-to or greater than 0.5!"),
                   (U, "Histogram bin count cannot exceed 1024! Prefix: api.")]:
        add(R, "src/config.c", typ, m)
    for typ, m in [(Z, "Received command from binary stream without magic byte! Byte: 71"),
                   (Z, "Failed value conversion! Input: 12x.5")]:
        add(R, "src/conn_handler.c", typ, m)

    # --- HardySimpson/zlog: zc_error() texts; the profile line prefix "%m-%d %H:%M:%S ERROR (pid:file:line) " is zc_profile.c ---
    R = "HardySimpson/zlog"
    for typ, m in [(S, "05-02 13:00:01 ERROR (4821:rule.c:145) write fail, errno[28]"),
                   (S, "open file[/var/log/stemedb/api.log] fail, errno[13]"),
                   (S, "fsync[7] fail, errno[5]"),
                   (U, "wrong syslog facility[LOG_DAEMON], must in LOG_LOCAL[0-7] or LOG_USER"),
                   (U, "user defined record function for [audit] not set, no output")]:
        add(R, "src/rule.c", typ, m)
    add(R, "src/rotater.c", S, "rename[/var/log/stemedb/api.log]->[/var/log/stemedb/api.log.3] fail, errno[13]")
    add(R, "src/lockfile.c", S, "lock file error : Resource temporarily unavailable")
    for typ, m in [(S, "open configure file[/etc/zlog.conf] fail"),
                   (Z, "parse configure file[/etc/zlog.conf]line_no[12] fail")]:
        add(R, "src/conf.c", typ, m)

    # --- odygrd/quill: QuillError texts and backend error_notifier texts ---
    R = "odygrd/quill"
    for typ, m in [(S, "fopen failed after 3 attempts, path: /var/log/stemedb/api.log mode: a errno: 13 error: Permission denied"),
                   (S, "fsync failed errno: 5 error: Input/output error")]:
        add(R, "include/quill/sinks/FileSink.h", typ, m)
    add(R, "include/quill/sinks/StreamSink.h", S, "fwrite failed errno: 28 error: No space left on device")
    add(R, "include/quill/core/Filesystem.h", S, "cannot create directories for path /var/log/stemedb - error: Read-only file system")
    add(R, "include/quill/core/LoggerManager.h", U, "Logger with name \"stemedb\" already exists. Use create_or_get_logger() if you want to retrieve the existing logger, or choose a different name.")
    for typ, m in [(U, "13:00:01 Quill INFO: Dropped 1523 events from thread 48213"),
                   (U, "BackendOptions::sleep_duration must not be negative")]:
        add(R, "include/quill/backend/BackendWorker.h", typ, m)
    add(R, "include/quill/Backend.h", U, "Backend::stop() cannot be called from the backend worker thread")
    add(R, "include/quill/backend/PatternFormatter.h", U, "Invalid format pattern, attribute with name \"thread_nam\" is invalid")

    # --- apache/logging-log4cxx: LogLog lines "log4cxx: <msg>" (loglog.cpp emit_log); IOException text "<type> - <apr_strerror>" (exception.cpp) ---
    R = "apache/logging-log4cxx"
    add(R, "src/main/cpp/fileappender.cpp", S, "log4cxx: setFile(/var/log/stemedb/api.log,true) call failed.")
    add(R, "src/main/cpp/fileoutputstream.cpp", S, "log4cxx: /var/log/stemedb/api.log - Permission denied")
    add(R, "src/main/cpp/domconfigurator.cpp", S, "log4cxx: Could not open configuration file [/etc/stemedb/log4cxx.xml]")
    add(R, "src/main/cpp/domconfigurator.cpp", Z, "log4cxx: Error parsing file [/etc/stemedb/log4cxx.xml]")
    for typ, m in [(N, "log4cxx: Could not connect to [logs.internal/10.0.0.12:4560]."),
                   (N, "log4cxx: Remote host logs.internal/10.0.0.12 refused connection.")]:
        add(R, "src/main/cpp/socketappenderskeleton.cpp", typ, m)
    add(R, "src/main/cpp/aprsocket.cpp", N, "log4cxx: IO Exception - Connection refused")
    add(R, "src/main/cpp/inetaddress.cpp", N, "log4cxx: Cannot get information about host: logs.internal")
    add(R, "src/main/cpp/hierarchy.cpp", U, "log4cxx: No appender could be found for logger (stemedb.raft).")
    add(R, "src/main/cpp/fileappender.cpp", U, "log4cxx: File option not set for appender [ROLLING].")

    # --- taosdata/TDengine: tstrerror() table (TAOS_DEFINE_ERROR texts) ---
    R = "taosdata/TDengine"
    for typ, m in [(N, "Unable to establish connection"),
                   (N, "Unable to resolve FQDN"),
                   (N, "Conn is broken"),
                   (T, "Conn read timeout"),
                   (T, "Sync timeout"),
                   (S, "Out of disk space"),
                   (Z, "Msg decode error"),
                   (Z, "WAL checksum mismatch"),
                   # "Authentication failure" left out: a catalogue text.
                   (A, "Insufficient privilege for operation"),
                   (A, "Account authorization has expired"),
                   (U, "Cannot drop mnode which is leader")]:
        add(R, "source/util/src/terror.c", typ, m)


# part_ng (holdout39): Go workflow, rule, policy and feature-flag engines -- open-feature/flagd, flipt-io/flipt, thomaspoignant/go-feature-flag, expr-lang/expr, google/cel-go, cadence-workflow/cadence-go-client, Unleash/unleash-client-go, hyperjumptech/grule-rule-engine, conductor-sdk/conductor-go; newest snapshots via fetch, each wording read with `git show HEAD:<path>` in the file named per entry (errors.New / fmt.Errorf / Error() string / panic text as it reaches a log), placeholders and wrapped inner errors (%w/%v) filled plausibly (Go stdlib os/net texts, yaml/json decoder texts, connect/grpc code prefixes).
def _part_ng(add):
    _ng_flags(add)
    _ng_expressions(add)
    _ng_workflows(add)


def _ng_flags(add):
    # --- open-feature/flagd (core sync providers, evaluator, flagd services) ---
    R = "open-feature/flagd"
    for typ, m, p in [
        (S, "error opening file /etc/flagd/flags.json: open /etc/flagd/flags.json: no such file or directory",
         "core/pkg/sync/file/filepath_sync.go"),
        (N, "error calling endpoint https://flags.example.internal/flags.json: Get \"https://flags.example.internal/flags.json\": dial tcp 10.0.0.12:443: connect: connection refused",
         "core/pkg/sync/http/http_sync.go"),
        (T, "fetching all flags timed out after 5 seconds",
         "flagd-proxy/pkg/service/subscriptions/manager.go"),
        (T, "deadline_exceeded: stream closed due to server-side timeout",
         "flagd/pkg/service/flag-evaluation/flag_evaluator_v1.go"),
        (U, "flag \"new-checkout\": weights must be integers",
         "core/pkg/evaluator/fractional.go"),
        (Z, "'v2.x-beta' is not a valid semantic version string",
         "core/pkg/evaluator/semver.go"),
        (N, "invalid certificate provided at path: /etc/flagd/certs/ca.pem",
         "core/pkg/sync/grpc/credentials/builder.go"),
        (N, "failed to load key pair from certificate paths '/etc/flagd/tls.crt' and '/etc/flagd/tls.key': tls: private key does not match public key",
         "flagd/pkg/service/flag-sync/sync_service.go"),
        (N, "error receiving payload from stream: rpc error: code = Unavailable desc = error reading from server: EOF",
         "core/pkg/sync/grpc/grpc_sync.go"),
        (Z, "error unmarshaling yaml: yaml: line 12: did not find expected key",
         "core/pkg/utils/yaml.go"),
        (U, "not_found: Flag is disabled",
         "flagd/pkg/service/flag-evaluation/flag_evaluator.go"),
    ]:
        add(R, p, typ, m)

    # --- flipt-io/flipt (errors/errors.go typed errors + their call sites) ---
    R = "flipt-io/flipt"
    for typ, m, p in [
        (A, "request was not authenticated", "internal/server/authn/middleware/grpc/middleware.go"),
        (A, "account does not satisfy the organization requirements", "internal/server/authn/method/github/server.go"),
        (A, "invalid nonce in id_token", "internal/server/authn/method/oidc/registry.go"),
        (U, "flag \"default/new-checkout\" not found", "internal/storage/fs/snapshot.go"),
        (U, "rule rank: 3 detected out of order", "internal/server/evaluation/evaluation.go"),
        (Z, "parsing number from \"12,5\"", "internal/server/evaluation/evaluation.go"),
        (U, "expected head revision \"9c1d2e7f0a4b\" has changed (now \"3e5a8b1c77d0\")", "internal/storage/git/repository.go"),
        (S, "creating directory \"team-payments\": mkdir /var/lib/flipt/team-payments: permission denied",
         "internal/storage/environments/fs/namespaces.go"),
        (N, "connecting to clickhouse: dial tcp 10.0.0.12:9000: connect: connection refused", "internal/cmd/grpc.go"),
        (Z, "unmarshalling authentication: invalid character 'x' looking for beginning of value",
         "internal/storage/authn/redis/store.go"),
    ]:
        add(R, p, typ, m)
    add(R, "internal/server/authn/method/oidc/registry.go", A,
        "verifying id_token: failed to verify signature: failed to verify id token signature", True)

    # --- thomaspoignant/go-feature-flag (core module, retrievers, exporters, notifiers, relay proxy) ---
    R = "thomaspoignant/go-feature-flag"
    for typ, m, p in [
        (U, "flag new-checkout is not present or disabled", "variation.go"),
        (N, "request to https://config.example.internal/flags.goff.yaml failed with code 502",
         "retriever/httpretriever/retriever.go"),
        (T, "error: (Slack Notifier) error: while calling webhook: Post \"https://hooks.slack.com/services/T0000/B0000/XXXX\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
         "notifier/slacknotifier/notifier.go"),
        (A, "unable to download item from S3 \"flags/flags.goff.yaml\", operation error S3: GetObject, https response error StatusCode: 403, RequestID: 7QW2K9ZB1XJ4, api error AccessDenied: Access Denied",
         "retriever/s3retrieverv2/retriever.go"),
        (S, "error while writing the export file: write /var/lib/goff/exports/flag-variation-node2-1700000000.json: no space left on device",
         "exporter/fileexporter/exporter.go"),
        (Z, "error unmarshalling flag 'goff:new-checkout': invalid character '}' looking for beginning of object key string",
         "retriever/redisretriever/retriever.go"),
        (Z, "/etc/goff/goff-proxy.yaml: could not parse file (yaml): yaml: line 7: mapping values are not allowed in this context",
         "cmdhelpers/configfile/read_config_file.go"),
        (U, "rate limit exceeded. Next call will be after 2024-05-14 10:32:00 +0000 UTC",
         "retriever/bitbucketretriever/retriever.go"),
        (U, "context cancelled after processing 120/500 events: context canceled",
         "cmd/relayproxy/handler/goff/collect_eval_data.go"),
        (A, "flagset not found for API key", "cmd/relayproxy/service/flagset_manager.go"),
        (N, "failed to parse CA certificate", "retriever/httpretriever/retriever.go"),
        (S, "failed to create output directory: mkdir /var/lib/goff/exports: read-only file system",
         "exporter/fileexporter/exporter.go"),
    ]:
        add(R, p, typ, m)

    # --- Unleash/unleash-client-go ---
    R = "Unleash/unleash-client-go"
    for typ, m, p in [
        (U, "unleash server URL missing", "client.go"),
        (U, "unleash server URL https://unleash.example.internal/api/client/features should no longer link directly to /features", "client.go"),
        (A, "GET https://unleash.example.internal/api/client/features returned status code 401 your SDK is most likely misconfigured, backing off to maximum (10.000000 times our interval)",
         "repository.go"),
        (N, "GET https://unleash.example.internal/api/client/features returned status code 503, backing off (1.000000 times our interval)",
         "repository.go"),
        (N, "https://unleash.example.internal/api/client/metrics return 500", "metrics.go"),
        (U, "unknown constraint operator: STR_MATCHES", "internal/constraints/check.go"),
        (U, "segment does not exist", "repository.go"),
    ]:
        add(R, p, typ, m)


def _ng_expressions(add):
    # --- expr-lang/expr (file.Error format: "<msg> (line:col)\n | <src>\n | ...^") ---
    R = "expr-lang/expr"
    for typ, m, p in [
        (U, "unknown name usr (1:1)\n | usr.Age > 18\n | ^", "checker/checker.go"),
        (U, "type main.User has no field Agee (1:6)\n | user.Agee > 18\n | .....^", "checker/checker.go"),
        (U, "expected bool, but got int", "checker/checker.go"),
        (Z, "unexpected token Operator(\")\") (1:12)\n | user.Age > )\n | ...........^", "parser/parser.go"),
        (Z, "literal not terminated (1:14)\n | user.Name == \"alice\n | .............^", "parser/lexer/lexer.go"),
        (U, "compilation failed: expression exceeds maximum allowed nodes", "parser/parser.go"),
        (U, "memory budget exceeded", "vm/vm.go"),
        (U, "index out of range: 5 (array length is 3) (1:6)\n | items[5].Price\n | .....^", "vm/runtime/runtime.go"),
        (U, "unknown time zone Mars/Olympus", "builtin/builtin.go"),
        (Z, "invalid date 2024-13-45", "builtin/builtin.go"),
    ]:
        add(R, p, typ, m)

    # --- google/cel-go (Issues.Err() -> common.Error.ToDisplayString; runtime types.Err texts) ---
    R = "google/cel-go"
    for typ, m, p in [
        (U, "ERROR: <input>:1:1: undeclared reference to 'reqest' (in container '')\n | reqest.auth.claims.sub == 'admin'\n | ^",
         "checker/errors.go"),
        (U, "ERROR: <input>:1:19: found no matching overload for '_+_' applied to '(string, int)'\n | request.user.name + 1\n | ..................^",
         "checker/errors.go"),
        (Z, "ERROR: <input>:1:5: Syntax error: token recognition error at: '$'\n | 1 + $\n | ....^",
         "parser/errors.go"),
        (U, "no such key: tenant", "interpreter/attributes.go"),
        (U, "no such attribute(s): request.auth", "interpreter/attributes.go"),
        (T, "operation interrupted: context deadline exceeded", "cel/program.go"),
        (U, "operation cancelled: actual cost limit exceeded", "interpreter/runtimecost.go"),
        (U, "division by zero", "common/types/err.go"),
        (Z, "invalid UTF-8 in bytes, cannot convert to string", "common/types/bytes.go"),
        (U, "internal error: runtime error: invalid memory address or nil pointer dereference", "cel/program.go"),
    ]:
        add(R, p, typ, m)

    # --- hyperjumptech/grule-rule-engine ---
    R = "hyperjumptech/grule-rule-engine"
    for typ, m, p in [
        (U, "the GruleEngine successfully selected rule candidate for execution after 5000 cycles, this could possibly caused by rule entry(s) that keep added into execution pool but when executed it does not change any data in context. Please evaluate your rule entries \"When\" and \"Then\" scope. You can adjust the maximum cycle using GruleEngine.MaxCycle variable",
         "engine/GruleEngine.go"),
        (U, "error while executing rule ApplyDiscount. got can not use data type of string in addition",
         "engine/GruleEngine.go"),
        (Z, "GRL syntax error. got got 2 error(s) in grl the script", "builder/RuleBuilder.go"),
        (Z, "grl error on 3:12 token recognition error at: '#'", "pkg/errorReporter.go"),
        (Z, "invalid version 1.7", "ast/Serializer.go"),
        (U, "json field 'discount' is undefined", "model/JsonDataAccessLayer.go"),
        (U, "rule entry CheckAge already exist", "ast/KnowledgeBase.go"),
        (Z, "invalid JSON input", "pkg/JsonResource.go"),
        (U, "evaluating expression in rule 'CheckAge', the when is not a boolean expression : Fact.Age + 1",
         "ast/RuleEntry.go"),
    ]:
        add(R, p, typ, m)


def _ng_workflows(add):
    # --- cadence-workflow/cadence-go-client ---
    R = "cadence-workflow/cadence-go-client"
    for typ, m, p in [
        (T, "TimeoutType: HEARTBEAT", "internal/error.go"),
        (T, "TimeoutType: SCHEDULE_TO_START", "internal/error.go"),
        (T, "timed out waiting for the workflow to finish: context deadline exceeded", "internal/internal_workflow_client.go"),
        (U, "CanceledError", "internal/error.go"),
        (U, "nondeterministic workflow: missing replay decision for ActivityTaskScheduled: (ActivityId:0, ActivityType:(Name:main.ChargeCard), TaskList:(Name:payments), Input:[], ScheduleToCloseTimeoutSeconds:60, DecisionTaskCompletedEventId:4)",
         "internal/error.go"),
        (U, "Workflow code is too old to support version 3 for \"add-fraud-check\" changeID. The maximum supported version is 2",
         "internal/internal_event_handlers.go"),
        (Z, "DeserializeBatchEvents encoding: \"JSON\", error: unexpected end of JSON input",
         "internal/common/serializer/history_serializer.go"),
        (U, "both MaximumAttempts and ExpirationIntervalInSeconds on retry policy are not set, at least one of them must be set",
         "internal/internal_activity.go"),
        (U, "invalid task token provided", "internal/internal_workflow_client.go"),
        (A, "token source: oauth2: \"invalid_client\" \"Client authentication failed\"", "internal/oauth_authorization.go"),
    ]:
        add(R, p, typ, m)

    # --- conductor-sdk/conductor-go (task runner logs "[task][domain] err", GenericSwaggerError) ---
    R = "conductor-sdk/conductor-go"
    for typ, m, p in [
        (N, "[send_email][] failed to poll, reason: Get \"http://conductor-server:8080/api/tasks/poll/batch/send_email?count=5&timeout=100&workerid=worker-0042\": dial tcp 10.0.0.12:8080: connect: connection refused",
         "sdk/worker/task_runner.go"),
        (U, "[send_email][] worker is paused", "sdk/worker/task_runner.go"),
        (T, "failed to update task send_email after 3 attempts. Post \"http://conductor-server:8080/api/tasks\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
         "sdk/worker/task_runner.go"),
        (A, "error: {\"status\":403,\"message\":\"Unauthorized access\",\"retryable\":false}, body: {\"status\":403,\"message\":\"Unauthorized access\",\"retryable\":false}",
         "sdk/client/generic_swagger_error.go"),
        (U, "no worker registered for taskName: send_email", "sdk/worker/task_runner.go"),
        (U, "batchSize value must be positive", "sdk/worker/task_runner.go"),
        (U, "queue configuration key not set consumer", "sdk/event/queue/queue_configuration.go"),
        (U, "no such workflow by Id 5f1c2a9e-8d3b-4c6f-9a7e-0b2d4e6f8a10", "sdk/workflow/executor/executor_with_context.go"),
    ]:
        add(R, p, typ, m)


# part_nh (holdout39): Rust actor frameworks, gossip and consensus libraries -- actix/actix, slawlor/ractor, tqwewe/kameo, caio/foca, haraldng/omnipaxos, bastion-rs/bastion, al8n/memberlist, LeonHartley/Coerce-rs -- read as snapshots via fetch (git show HEAD:<path>), each message read in the file named per entry (Display / #[error] / write! arm, or the log/expect/panic text), placeholders filled plausibly.
def _part_nh(add):
    _nh_actix(add)
    _nh_ractor(add)
    _nh_kameo(add)
    _nh_foca(add)
    _nh_omnipaxos(add)
    _nh_bastion(add)
    _nh_memberlist(add)
    _nh_coerce(add)


def _nh_actix(add):
    # actix/actix (the actor crate, not actix-web/actix-net): MailboxError / SendError Display, io writer, context and registry panics.
    R = "actix/actix"
    for typ, m in [(U, "Mailbox has closed"),
                   (T, "Message delivery timed out"),
                   (U, "send failed because receiver is full")]:
        add(R, "actix/src/address/mod.rs", typ, m)
    add(R, "actix/src/actor.rs", U, "Context::notify called for stopped actor.")
    add(R, "actix/src/registry.rs", U, "Actor already started")
    add(R, "actix/src/address/channel.rs", U, "cannot clone `Sender` -- too many outstanding senders")
    add(R, "actix/src/sync.rs", U, "stopping method is not supported for sync actors")
    add(R, "actix/src/mailbox.rs", U, "Too many messages are being processed. Use Self::Context::notify() instead of direct use of address")


def _nh_ractor(add):
    # slawlor/ractor: SpawnErr / ActorErr / MessagingErr Display (ractor/src/errors.rs), cluster session framing and node-session logs.
    R = "slawlor/ractor"
    for typ, m in [(U, "Actor cannot be re-started more than once"),
                   (U, "Actor 'raft-log' is already registered in the actor registry"),
                   (U, "Actor operation cancelled"),
                   (U, "Messaging failed because channel is closed"),
                   (U, "Messaging failed to enqueue the message to the specified actor, the actor is likely terminated")]:
        add(R, "ractor/src/errors.rs", typ, m)
    # SpawnErr::StartupFailed wrapping the string from actor_cell.rs
    add(R, "ractor/src/actor/actor_cell.rs", U,
        "Actor panicked during startup 'Cannot create a new remote actor handler without the actor id being marked as a remote actor!'")
    add(R, "ractor_cluster/src/net/session.rs", Z,
        "invalid cluster protobuf frame: failed to decode Protobuf message: invalid wire type value: 7")
    add(R, "ractor_cluster/src/net/session.rs", U,
        "cluster frame length 268435456 exceeds configured limit 16777216")
    add(R, "ractor_cluster/src/net/session.rs", N, "Error writing to the stream 'Broken pipe (os error 32)'")
    add(R, "ractor_cluster/src/net/listener.rs", N,
        "Error establishing secure socket: invalid peer certificate: UnknownIssuer")
    add(R, "ractor_cluster/src/net/listener.rs", N,
        "Error accepting socket Software caused connection abort (os error 103) on Node server")
    add(R, "ractor_cluster/src/node/node_session.rs", A, "Node Session 3 is shutting down due to authentication failure")
    add(R, "ractor_cluster/src/node/node_session.rs", A, "Inter-node message received on unauthenticated NodeSession")
    # ClientConnectErr's Display is its Debug (node/client.rs)
    add(R, "ractor_cluster/src/node/node_session.rs", N,
        "Node transitive connection, failed to connect to 10.0.0.12:4697 with 'Socket(Os { code: 113, kind: HostUnreachable, message: \"No route to host\" })'")


def _nh_kameo(add):
    # tqwewe/kameo: SendError / ActorStopReason / PanicError / RegistryError / RemoteSendError Display (src/error.rs) and others.
    R = "tqwewe/kameo"
    for typ, m in [(U, "actor restarting"),
                   (U, "message handler panicked: index out of bounds: the len is 3 but the index is 5"),
                   (U, "the quorum failed; needed 2 peers"),
                   (T, "the request timed out"),
                   (U, "unknown message 'stemedb::AppendEntries' for actor 'raft-log'"),
                   (Z, "failed to deserialize message: invalid type: string \"node2\", expected u64"),
                   (N, "dial failure"),
                   # "network timeout" left out: a test-set text.
                   (N, "unsupported protocols")]:
        add(R, "src/error.rs", typ, m)
    add(R, "src/links.rs", U, "max restarts exceeded (5 >= 5)")
    add(R, "src/remote/registry.rs", Z,
        "invalid UTF-8 in provider key from 12D3KooWDpJ7As7BWAwRMfu1VU2WCqNjvq387JEYKDBj4kx6nXTN")


def _nh_foca(add):
    # caio/foca (SWIM gossip): foca::Error Display (src/error.rs) and rejoin / down logs (src/lib.rs).
    R = "caio/foca"
    for typ, m in [(U, "Received data larger than maximum configured limit"),
                   (U, "Useless attempt to reuse a functioning Foca"),
                   (U, "New identity is the same as the current one"),
                   (U, "BUG! Probe cycle finished without running its full course"),
                   (U, "Received data from something claiming to have an identity equal to our own"),
                   (U, "Received message that was supposed to reach us only via indirect means"),
                   (Z, "Payload with more data than expected")]:
        add(R, "src/error.rs", typ, m)
    add(R, "src/lib.rs", U, "Rejoin failure: New identity doesn't win the conflict with the old one")
    add(R, "src/lib.rs", U, "The cluster thinks we're down")


def _nh_omnipaxos(add):
    # haraldng/omnipaxos: ConfigError Display + valid_config! strings, CompactionErr (Display = Debug), storage expect() panics.
    R = "haraldng/omnipaxos"
    add(R, "omnipaxos/src/errors.rs", U, "Invalid config: Need more than 1 node")
    for typ, m in [(U, "Invalid config: The quorums must overlap i.e., the sum of their sizes must exceed the # of nodes"),
                   (U, "NotCurrentLeader(2)")]:
        add(R, "omnipaxos/src/omni_paxos.rs", typ, m)
    add(R, "omnipaxos/src/omni_paxos.rs", S,
        "storage error while trying to read log entries: Error { message: \"IO error: No such file or directory: While open a file for random read: /var/lib/stemedb/omnipaxos/000123.sst: No such file or directory\" }")
    add(R, "omnipaxos/src/sequence_paxos/mod.rs", S,
        "Error writing to storage.: Error { message: \"IO error: No space left on device: While appending to file: /var/lib/stemedb/omnipaxos/000124.log: No space left on device\" }")
    add(R, "omnipaxos_storage/src/persistent_storage.rs", S,
        "Failed to create RocksDB: Error { message: \"IO error: While lock file: /var/lib/stemedb/omnipaxos/LOCK: Resource temporarily unavailable\" }")
    add(R, "omnipaxos_storage/src/persistent_storage.rs", Z,
        "Couldn't recover storage: Commpacted index has unexpected format.")
    add(R, "omnipaxos/src/sequence_paxos/follower.rs", U, "In Prepare phase without a cached promise!")
    add(R, "omnipaxos/src/unicache/lfu/mod.rs", U, "Unable to create cache: capacity is 0")


def _nh_bastion(add):
    # bastion-rs/bastion: SendError #[error] texts (src/bastion/src/errors.rs), child/system logs, executor expect() panics.
    R = "bastion-rs/bastion"
    for typ, m in [(U, "couldn't send message. Channel Disconnected."),
                   (U, "couldn't send message. Channel is Full."),
                   (U, "No available Distributor matching raft-log")]:
        add(R, "src/bastion/src/errors.rs", typ, m)
    add(R, "src/bastion/src/child.rs", U, "Child(5e2c9b4a-7d1f-4c3e-9a8b-2f6d0e1c4b7a): Panicked.")
    add(R, "src/bastion/src/supervisor.rs", U,
        "Supervisor(0b7e3f21-94c6-4d2a-8e5f-13a9c7d2b6e0): Supervised(5e2c9b4a-7d1f-4c3e-9a8b-2f6d0e1c4b7a) faulted.")
    add(R, "src/bastion/src/system.rs", U, "System: Unknown supervisor cancelled instead of stopped.")
    add(R, "src/bastion-executor/src/thread_manager.rs", U,
        "couldn't spawn static thread: Os { code: 11, kind: WouldBlock, message: \"Resource temporarily unavailable\" }")
    add(R, "src/bastion-executor/src/worker.rs", U, "`proc::current()` called outside the context of the proc")


def _nh_memberlist(add):
    # al8n/memberlist (a Rust SWIM implementation with its own wordings): proto, driver and runtime error enums.
    R = "al8n/memberlist"
    add(R, "memberlist-proto/src/encryption/mod.rs", A, "AEAD authentication failed", True)
    add(R, "memberlist-proto/src/framing/mod.rs", A, "encrypted frame decode failed: AEAD authentication failed", True)
    add(R, "memberlist-proto/src/encryption/mod.rs", A, "no matching key in the keyring")
    add(R, "memberlist-proto/src/checksum/mod.rs", Z, "unknown checksum algorithm: tag 9")
    add(R, "memberlist-proto/src/codec/mod.rs", Z, "truncated input: incomplete label header")
    add(R, "memberlist-proto/src/codec/mod.rs", Z, "trailing data after message: consumed 42 of 57 bytes")
    add(R, "memberlist-proto/src/framing/mod.rs", Z, "unknown message tag: 42")
    add(R, "memberlist-proto/src/error/mod.rs", T, "stream timed out")
    add(R, "memberlist-proto/src/error/mod.rs", N, "dial failed: Connection refused (os error 111)")
    add(R, "memberlist-proto/src/error/mod.rs", N, "peer closed stream unexpectedly")
    add(R, "memberlist-proto/src/tls/config/mod.rs", S,
        "failed to read /etc/stemedb/tls/node.crt: No such file or directory (os error 2)")
    add(R, "memberlist-proto/src/tls/config/mod.rs", N, "no certificates found in /etc/stemedb/tls/node.crt")
    add(R, "memberlist-driver/src/error/mod.rs", N, "join reached 0 of 3 seed(s)")
    for typ, m in [(T, "leave did not complete within the configured leave_timeout"),
                   (T, "ping timed out: no Ack received within probe_timeout"),
                   (N, "reliable send failed: one or more outbound exchanges failed"),
                   (N, "address resolution: failed to lookup address information: Name or service not known")]:
        add(R, "memberlist-compio/src/error/mod.rs", typ, m)
    add(R, "memberlist-reactor/src/error.rs", U,
        "invalid advertise address 0.0.0.0:7946: must be a concrete unicast address")


def _nh_coerce(add):
    # LeonHartley/Coerce-rs: ActorRefErr / RecoveryErr / RemoteClientErr Display, remote client/session/heartbeat and persistence logs.
    R = "LeonHartley/Coerce-rs"
    for typ, m in [(U, "actor unavailable"),
                   (U, "actor ledger-42 could not be found"),
                   (T, "timeout (time_taken_millis=5000)"),
                   (U, "failed to send message, ref is no longer valid")]:
        add(R, "coerce/src/actor/refs/mod.rs", typ, m)
    add(R, "coerce/src/actor/message/mod.rs", Z, "Message failed to deserialise")
    add(R, "coerce/src/persistent/journal/mod.rs", Z,
        "Message deserialisation error (message_type=stemedb::Put, actor_type=stemedb::Ledger, sequence_id=1042) deserialisation error: Message failed to deserialise")
    add(R, "coerce/src/remote/net/client/mod.rs", N,
        "stream error (error=Connection reset by peer (os error 104))")
    add(R, "coerce/src/remote/net/client/connect.rs", N,
        "connection to 10.0.0.12:30101 failed, error: Connection refused (os error 111)")
    add(R, "coerce/src/remote/net/server/session/mod.rs", A, "invalid token received, disconnecting session(session-42)")
    add(R, "coerce/src/remote/net/server/session/mod.rs", A, "unable to read initial authentication payload")
    add(R, "coerce/src/remote/heartbeat/mod.rs", T,
        "node_id=3 did not respond to ping within 500 ms, marking as unhealthy")
    add(R, "coerce/src/persistent/actor.rs", S,
        "persist failed, error=(Storage(No space left on device (os error 28))), actor_id=ledger-42, policy=Retry(UntilSuccess(delay=100 millis)), attempt=3")


def holdout39(add):
    for part in (_part_ne, _part_nf, _part_ng, _part_nh):
        part(add)
