"""The thirty-second blind batch: wordings from sources in no earlier batch.
Four helper sessions read them blind, with the same brief and conventions as
the earlier batches. Each wording was read in the file named beside it; fills
not read in the source are named in each part's note. build.py adds it to the
catalogue.
"""
from errno_types import S, T, Z, N, A, U  # noqa: F401


# part_ka (Go Kubernetes CSI drivers and storage provisioners): aws-ebs-csi-driver, csi-driver-nfs, csi-driver-smb, csi-driver-host-path, ceph-csi, topolvm, openebs/lvm-localpv, rancher/local-path-provisioner and juicefs-csi-driver, read as snapshots via fetch (git show HEAD:<path>, vendor/ never read); each wording read in the file named per entry (status.Error/Errorf, errors.New, fmt.Errorf texts and the constants they use), gRPC errors given as grpc-go prints them ("rpc error: code = X desc = ..."), the way each driver's logGRPC interceptor logs them ("GRPC error: %v"); placeholders filled plausibly, inner errors filled with the usual texts of Go (strconv, encoding/json, crypto/cipher, os), go-ceph, the AWS SDK, k8s mount-utils, and lvm/rbd/fallocate/mount.nfs output (not taken as entries of those projects).
PV = "pvc-7c1e2d3f-5a6b-4c8d-9e0f-1a2b3c4d5e6f"
POD_MNT = "/var/lib/kubelet/pods/9d2f6c1e-4b7a-4f2e-9c1d-2a6b8e0f3c11/volumes/kubernetes.io~csi/" + PV + "/mount"


def _part_ka(add):
    _ka_aws_ebs(add)
    _ka_nfs_smb(add)
    _ka_hostpath(add)
    _ka_ceph(add)
    _ka_lvm(add)
    _ka_provisioners(add)


def _ka_aws_ebs(add):
    R = "kubernetes-sigs/aws-ebs-csi-driver"
    vol = "vol-0a1b2c3d4e5f67890"
    gm = "/var/lib/kubelet/plugins/kubernetes.io/csi/ebs.csi.aws.com/3f1c9e7a2b5d/globalmount"
    for typ, m, p in [
        (U, "rpc error: code = InvalidArgument desc = Volume capability not supported", "pkg/driver/node.go"),
        (U, "rpc error: code = Aborted desc = An operation with the given volume=\"%s\" is already in progress" % vol,
         "pkg/driver/node.go"),
        (S, "rpc error: code = NotFound desc = Failed to find device path /dev/xvdba. no device path for device \"/dev/xvdba\" volume \"%s\" found" % vol,
         "pkg/mounter/mount_linux.go"),
        (S, "rpc error: code = Internal desc = could not create target dir \"%s\": mkdir %s: read-only file system" % (gm, gm),
         "pkg/driver/node.go"),
        (S, "rpc error: code = NotFound desc = path %s does not exist" % POD_MNT, "pkg/driver/node.go"),
        (S, "refusing to mount /dev/nvme2n1 because it claims to be vol0f1e2d3c4b5a69788 but should be vol0a1b2c3d4e5f67890",
         "pkg/mounter/mount_linux.go"),
        (T, "timed out waiting for volume to create: timed out waiting for the condition", "pkg/cloud/cloud.go"),
        (T, "\"%s\" stuck in attaching state for longer than 1m30s" % vol, "pkg/cloud/cloud.go"),
        (U, "CreateDisk: multi-attach is only supported for io2 volumes", "pkg/cloud/cloud.go"),
        (Z, "rpc error: code = InvalidArgument desc = Could not parse invalid iops: strconv.ParseInt: parsing \"3000iops\": invalid syntax",
         "pkg/driver/controller.go"),
        (N, "all specified --metadata-sources '[imds kubernetes]' are unavailable", "pkg/cloud/metadata/metadata.go"),
        (N, "dry-run EC2 API call failed: operation error EC2: DescribeAvailabilityZones, https response error StatusCode: 0, RequestID: , request send failed, Post \"https://ec2.us-west-2.amazonaws.com/\": dial tcp: lookup ec2.us-west-2.amazonaws.com on 10.96.0.10:53: no such host",
         "pkg/cloud/cloud.go"),
    ]:
        add(R, p, typ, m)


def _ka_nfs_smb(add):
    R = "kubernetes-csi/csi-driver-nfs"
    src = "nfs-server.default.svc.cluster.local:/exports/" + PV
    vid = "nfs-server.default.svc.cluster.local#exports#" + PV + "##"
    for typ, m, p in [
        (T, "GRPC error: rpc error: code = Internal desc = mount volume %s to %s timeout after 110s" % (src, POD_MNT),
         "pkg/nfs/nodeserver.go"),
        (U, "rpc error: code = InvalidArgument desc = invalid parameter \"skuName\" in storage class", "pkg/nfs/controllerserver.go"),
        (N, "rpc error: code = Internal desc = failed to mount nfs server: rpc error: code = Internal desc = mount failed: exit status 32\nMounting command: mount\nMounting arguments: -t nfs -o nfsvers=4.1 nfs-server.default.svc.cluster.local:/exports /tmp/%s\nOutput: mount.nfs: Connection refused" % PV,
         "pkg/nfs/controllerserver.go"),
        (U, "rpc error: code = Aborted desc = An operation with the given Volume ID %s already exists" % vid, "pkg/nfs/utils.go"),
        (T, "rpc error: code = Internal desc = DeleteVolume: internalVolumePath(/tmp/%s/%s) still exists after 1 minute" % (PV, PV),
         "pkg/nfs/controllerserver.go"),
        (U, "resolved path \"/tmp/%s/../../etc\" escapes base directory \"/tmp/%s\"" % (PV, PV), "pkg/nfs/controllerserver.go"),
        (Z, "could not split nfs-server.default.svc.cluster.local into server, baseDir and subDir with separator(/)",
         "pkg/nfs/controllerserver.go"),
        (Z, "creating gzip reader: gzip: invalid header", "pkg/nfs/tar.go"),
        (Z, "reading tar header of /tmp/snapshot-5b8e/snapshot-5b8e0c2a-1f3d-4e6b-9a7c-0d1e2f3a4b5c.tar.gz: unexpected EOF",
         "pkg/nfs/tar.go"),
        (S, "written size check failed for /tmp/%s/data/000123.sst: wrote 1048576, want 4194304" % PV, "pkg/nfs/tar.go"),
        (S, "rpc error: code = Internal desc = failed to stat file %s: stat %s: input/output error" % (POD_MNT, POD_MNT),
         "pkg/nfs/nodeserver.go"),
    ]:
        add(R, p, typ, m)

    R = "kubernetes-csi/csi-driver-smb"
    share = "//smb-server.default.svc.cluster.local/share"
    smbvid = "smb-server.default.svc.cluster.local/share#" + PV + "#"
    gm = "/var/lib/kubelet/plugins/kubernetes.io/csi/smb.csi.k8s.io/8e2b4f0c1d6a/globalmount"
    for typ, m, p in [
        (T, "rpc error: code = DeadlineExceeded desc = volume(%s) mount \"%s\" on \"%s\" timeout after 2m0s" % (smbvid, share, gm),
         "pkg/smb/nodeserver.go"),
        (U, "rpc error: code = Canceled desc = volume(%s) mount \"%s\" on \"%s\" canceled: context canceled" % (smbvid, share, gm),
         "pkg/smb/nodeserver.go"),
        (A, "rpc error: code = Internal desc = Error getting username and password from secret smbcreds in namespace default: could not get secret(smbcreds): secrets \"smbcreds\" not found",
         "pkg/smb/nodeserver.go"),
        (A, "rpc error: code = InvalidArgument desc = Empty kerberos cache in key krb5cc_1000", "pkg/smb/nodeserver.go"),
        (Z, "rpc error: code = InvalidArgument desc = Malformed kerberos cache in key krb5cc_1000, expected to be in base64 form: illegal base64 data at input byte 12",
         "pkg/smb/nodeserver.go"),
        (S, "rpc error: code = Internal desc = Directory for kerberos caches must exist, it will not be created: /var/lib/kubelet/kerberos/: stat /var/lib/kubelet/kerberos/: no such file or directory",
         "pkg/smb/nodeserver.go"),
        (U, "rpc error: code = InvalidArgument desc = source field is missing, current context: map[csi.storage.k8s.io/ephemeral:false]",
         "pkg/smb/nodeserver.go"),
        (U, "invalid parameter server in storage class", "pkg/smb/controllerserver.go"),
        (N, "NewSmbGlobalMapping failed. output: \"New-SmbGlobalMapping : The network path was not found.\", err: exit status 1",
         "pkg/os/smb/smb.go"),
    ]:
        add(R, p, typ, m)


def _ka_hostpath(add):
    R = "kubernetes-csi/csi-driver-host-path"
    vid = "4f1e7c2a-9b3d-11ef-8a5c-0242ac120002"
    for typ, m, p in [
        (S, "rpc error: code = Internal desc = error writing state file: open /csi-data-dir/state.json: no space left on device",
         "pkg/state/state.go"),
        (Z, "rpc error: code = Internal desc = error encoding volumes and snapshots from state file \"/csi-data-dir/state.json\": unexpected end of JSON input",
         "pkg/state/state.go"),
        (S, "failed to create block device: exit status 1, fallocate: fallocate failed: No space left on device",
         "pkg/hostpath/hostpath.go"),
        (U, "rpc error: code = ResourceExhausted desc = requested capacity 10737418240 exceeds remaining capacity for \"fast\", 90Gi out of 100Gi already used",
         "pkg/hostpath/hostpath.go"),
        (U, "rpc error: code = FailedPrecondition desc = volume uses SINGLE_NODE_SINGLE_WRITER access mode and is already mounted at a different target path",
         "pkg/hostpath/nodeserver.go"),
        (U, "rpc error: code = NotFound desc = volume id %s does not exist in the volumes list" % vid, "pkg/state/state.go"),
        (U, "rpc error: code = Unavailable desc = snapshot 7b2c5d1e-9b3d-11ef-8a5c-0242ac120002 is not yet ready to use",
         "pkg/hostpath/snapshotmetadataserver.go"),
        (S, "rpc error: code = NotFound desc = Could not get file information from %s: stat %s: no such file or directory" % (POD_MNT, POD_MNT),
         "pkg/hostpath/nodeserver.go"),
    ]:
        add(R, p, typ, m)


def _ka_ceph(add):
    R = "ceph/ceph-csi"
    vid = "0001-0009-rook-ceph-0000000000000002-5f3c8e1a-2b4d-4c6e-8f0a-1b2c3d4e5f60"
    for e in [
        (T, "failed to get connection: connecting failed: rados: ret=-110, Connection timed out", "internal/util/conn_pool.go"),
        (T, "failed to list active clients: an error (timeout: context deadline exceeded) and stderror () occurred while running ceph args: [tell mds.0 client ls --id csi-cephfs-provisioner --keyfile=***stripped*** -m 10.0.0.12:6789], stderr: \"\"",
         "internal/util/cephcmds.go"),
        (T, "rbd: map failed with error exit status 110, rbd error output: rbd: map failed: (110) Connection timed out",
         "internal/rbd/rbd_attach.go"),
        (A, "ID: 42 Req-ID: %s GRPC error: rpc error: code = Internal desc = missing key field 'userKey' in secrets" % vid,
         "internal/util/credentials.go"),
        (A, "provided secret is empty", "internal/util/credentials.go"),
        (A, "failed to decrypt DEK: cipher: message authentication failed", "internal/kms/secretskms.go", True),
        (S, "failed to get web identity token: failed to read oidc token file \"/run/secrets/tokens/oidc-token\": open /run/secrets/tokens/oidc-token: no such file or directory",
         "internal/kms/aws_sts_metadata.go"),
        (S, "error writing key to temporary keyfile: write /tmp/csi/keys/keyfile-3141592653: no space left on device",
         "internal/util/credentials.go"),
        (Z, "failed to unmarshall stashed JSON image metadata from path (/var/lib/kubelet/plugins/kubernetes.io/csi/rbd.csi.ceph.com/a1b2c3d4e5f6/globalmount/%s/image-meta.json): unexpected end of JSON input" % vid,
         "internal/rbd/rbd_util.go"),
        (Z, "failed to parse 'vaultCAVerify': strconv.ParseBool: parsing \"yes\": invalid syntax", "internal/kms/vault.go"),
        (U, "lock is already held by another client and cookie pair for %s volume" % vid, "internal/util/lock/lock.go"),
        (U, "cannot map image replicapool/csi-vol-5f3c8e1a-2b4d-4c6e-8f0a-1b2c3d4e5f60 it is not primary", "internal/rbd/rbd_util.go"),
        (U, "BUG: VolID is not set", "internal/rbd/rbd_util.go"),
    ]:
        typ, m, p = e[:3]
        add(R, p, typ, m, *e[3:])


def _ka_lvm(add):
    R = "topolvm/topolvm"
    lv = "8b7c6d5e-4f3a-4b2c-9d1e-0f1a2b3c4d5e"
    for typ, m, p in [
        (S, "rpc error: code = ResourceExhausted desc = no enough space left on VG: free=5364514816, requested=10737418240",
         "internal/lvmd/lvservice.go"),
        (S, "rpc error: code = ResourceExhausted desc = can not find enough volume space 10737418240", "internal/driver/controller.go"),
        (S, "rpc error: code = Internal desc = not enough space", "internal/driver/controller.go"),
        (S, "thin pool is out of data space, no further data can be written to the thin pool without extension",
         "internal/lvmd/command/lvm_lv_attr.go"),
        (S, "logical volume is in a suspended state, no I/O is permitted", "internal/lvmd/command/lvm_lv_attr.go"),
        (S, "rpc error: code = Internal desc = exit status 5: Volume group \"myvg1\" not found\n  Cannot process volume group myvg1",
         "internal/lvmd/command/lvm_command.go"),
        (Z, "-wi-a---- is an invalid length lv_attr, expected 10, but got 9", "internal/lvmd/command/lvm_lv_attr.go"),
        (U, "requested capacity exceeds limit capacity: request=10737418240 limit=5368709120", "internal/driver/controller.go"),
        (U, "rpc error: code = Internal desc = target device is already formatted with different filesystem: volume=%s, current=ext4, new:xfs" % lv,
         "internal/driver/node.go"),
        (U, "cannot take snapshot of non-thin volume: myvg1/%s" % lv, "internal/lvmd/command/lvm.go"),
        (N, "rpc error: code = FailedPrecondition desc = lvmd does not working: NOT_SERVING", "cmd/topolvm-node/app/run.go"),
    ]:
        add(R, p, typ, m)

    R = "openebs/lvm-localpv"
    for typ, m, p in [
        (S, "no vg available to serve volume request having regex=\"lvmvg\" & capacity=\"10737418240\"", "pkg/mgmt/volume/volume.go"),
        (U, "rpc error: code = Internal desc = ControllerExpandVolume: unable to resize volume %s with 2 active snapshots" % PV,
         "pkg/driver/controller.go"),
        (U, "rpc error: code = Internal desc = scheduler failed, not able to select a node to create the PV", "pkg/driver/controller.go"),
        (U, "rpc error: code = Internal desc = verifyMount: volume is owned by different node", "pkg/lvm/mount.go"),
        (Z, "invalid format of vg_free=10.00g for vg lvmvg: strconv.ParseInt: parsing \"10.00g\": invalid syntax", "pkg/lvm/lvm_util.go"),
        (Z, "expected exactly one lvm report", "pkg/lvm/lvm_util.go"),
        (Z, "rpc error: code = Internal desc = ControllerExpandVolumeRequest: failed to parse volsize in for %s, {strconv.ParseInt: parsing \"10Gi\": invalid syntax}" % PV,
         "pkg/driver/controller.go"),
        (U, "snapSize percentage should be between 1 and 100, found 150%", "pkg/driver/params.go"),
        (U, "csi.storage.k8s.io/pod.uid key missing in VolumeContext", "pkg/driver/agent.go"),
    ]:
        add(R, p, typ, m)


def _ka_provisioners(add):
    R = "rancher/local-path-provisioner"
    for typ, m, p in [
        (T, "failed to create volume %s: create process timeout after 120 seconds" % PV, "provisioner.go"),
        (T, "failed to delete volume %s: create process timeout after 120 seconds" % PV, "provisioner.go"),
        (U, "config doesn't contain node node2, and no DEFAULT_PATH_FOR_NON_LISTED_NODES available", "provisioner.go"),
        (U, "NodePath only supports ReadWriteOnce and ReadWriteOncePod (1.22+) access modes", "provisioner.go"),
        (U, "both nodePathMap and sharedFileSystemPath are defined. Please make sure only one is in use", "provisioner.go"),
        (Z, "fail to load config file /etc/config/config.json: invalid character '}' looking for beginning of object key string",
         "provisioner.go"),
        (S, "could not open file /etc/config/helperPod.yaml with err: open /etc/config/helperPod.yaml: no such file or directory",
         "main.go"),
        (N, "failed to save helper-pod-create-%s logs: error in opening stream: Get \"https://10.0.0.12:10250/containerLogs/local-path-storage/helper-pod-create-%s/helper-pod\": dial tcp 10.0.0.12:10250: connect: connection refused" % (PV, PV),
         "provisioner.go"),
    ]:
        add(R, p, typ, m)

    R = "juicedata/juicefs-csi-driver"
    mp = "juicefs-node2-" + PV + "-qzkhpn"
    for typ, m, p in [
        (T, "juicefs auth error: juicefs auth 16s timed out", "pkg/juicefs/juicefs.go"),
        (T, "juicefs status 4s timed out", "pkg/juicefs/juicefs.go"),
        (T, "wait for mount redis://:****@10.0.0.12:6379/1 ready failed, err: mount point is not ready in 60s, mountpod: %s" % mp,
         "pkg/juicefs/mount/pod_mount.go"),
        (T, "mount pod is not running in 60s, reason: ImagePullBackOff, please check its event, mountpod: %s" % mp,
         "pkg/util/resource/pod.go"),
        (N, "can not connect to kubelet, please turn `podInfoOnMount` on in csiDriver, and fallback to apiServer", "pkg/config/setting.go"),
        (U, "Path /var/lib/kubelet/pods/../../etc/shadow has illegal access.", "pkg/juicefs/juicefs.go"),
        (U, "capacity 536870912 is too small, at least 1GiB for quota", "pkg/juicefs/juicefs.go"),
        (U, "subPath is root, cannot delete it, you can change the reclaimPolicy to retain to avoid this error", "pkg/util/resource/pvc.go"),
    ]:
        add(R, p, typ, m)


# part_kb (Rust embedded, flashing and hardware I/O): probe-rs/probe-rs, esp-rs/espflash, serialport/serialport-rs, a1ien/rusb, kevinmehall/nusb, deviceplug/btleplug, knurling-rs/defmt, bluez/bluer; newest snapshots via fetch, read with git show HEAD:<path>, each message read in the file named per entry (thiserror #[error], docsplay/displaydoc doc-comment Display, impl Display arms, io::Error/Error::new strings), placeholders filled plausibly (errno numbers, addresses, chip and port names; BlueZ daemon messages are the usual bluetoothd texts).
def _part_kb(add):
    # --- probe-rs/probe-rs: Error / DebugProbeError (docsplay doc-comment Display), FlashError, DapError, RegistryError, JlinkError ---
    PR = "probe-rs/probe-rs"
    for typ, m in [(N, "USB Communication Error"),
                   (U, "The probe does not support the JTAG protocol."),
                   (N, "Failed to find or attach to the target. Please check the wiring before retrying."),
                   (T, "A timeout occurred during probe operation.")]:
        add(PR, "probe-rs/src/probe.rs", typ, m)
    for typ, m in [(U, "The vector catch condition Svc/Hlt capability has not yet been implemented for this architecture."),
                   (A, "An operation was not performed because the required permissions were not given: erase_all."),
                   (U, "No breakpoint found at address 0x08000400")]:
        add(PR, "probe-rs/src/error.rs", typ, m)
    for typ, m in [(S, "Failed to erase flash sector at address 0x08004000."),
                   (S, "The page write of the page at address 0x08004000 failed."),
                   (S, "Flash content verification failed."),
                   (U, "No flash memory contains the entire requested memory range 0x20000000..0x20001000.")]:
        add(PR, "probe-rs/src/flashing/error.rs", typ, m)
    for typ, m in [(N, "Target device did not respond to request."),
                   (N, "A protocol error occurred in the SWD communication between probe and device."),
                   (Z, "Incorrect parity on READ request.")]:
        add(PR, "probe-rs/src/architecture/arm/communication_interface.rs", typ, m)
    add(PR, "probe-rs/src/config/registry.rs", U, "The requested chip 'nRF52840_xxAA' was not found in the list of known targets.")

    # --- esp-rs/espflash: Error, ConnectionError, RomErrorKind, AppDescriptorError (thiserror #[error]) ---
    EF = "esp-rs/espflash"
    for typ, m in [(T, "Timeout while running FlashData command"),
                   (N, "Failed to connect to the device"),
                   (Z, "Received packet has invalid SLIP framing"),
                   (N, "Download mode successfully detected, but getting no sync reply"),
                   (U, "Wrong boot mode detected (0x13)! The chip needs to be in download mode."),
                   (Z, "Received message has invalid CRC"),
                   (S, "Bootloader failed to write to flash"),
                   (Z, "MD5 digest mismatch: expected [9e, 10, 7d, 9d, 37, 2b, b6, 82, 6b, d8, 1d, 35, 42, a4, 19, d6], received: [d4, 1d, 8c, d9, 8f, 2b, 24, e9, 80, 99, ec, f8, 42, 7e, 85, 3f]"),
                   (U, "Operation was cancelled by the user"),
                   (S, "Failed to open file: /var/lib/stemedb/firmware/app.bin"),
                   (S, "The serial port '/dev/ttyUSB0' could not be found"),
                   (T, "Timed out while waiting for eFuse controller to return to idle"),
                   (Z, "Invalid app descriptor magic word: 0xffffffff")]:
        add(EF, "espflash/src/error.rs", typ, m)

    # --- serialport/serialport-rs: Error { description } strings and io::Error texts ---
    SP = "serialport/serialport-rs"
    for typ, m, p in [(S, "Unable to acquire exclusive lock on serial port", "src/posix/flock.rs"),
                      (T, "timeout for retrying flush reached", "src/posix/tty.rs"),
                      (S, "flush failed", "src/posix/tty.rs"),
                      (U, "Settings did not apply correctly", "src/posix/tty.rs"),
                      (U, "Invalid data bits setting encountered", "src/posix/tty.rs"),
                      (U, "Invalid parity bits setting encountered", "src/windows/com.rs"),
                      (U, "Unsupported baud rate", "src/posix/termios.rs"),
                      (U, "tcgetattr on the master port failed", "src/posix/tty.rs"),
                      (U, "Not implemented for this OS", "src/posix/enumerate.rs")]:
        add(SP, p, typ, m)

    # --- a1ien/rusb: rusb::Error Display (libusb error codes) ---
    RU = "a1ien/rusb"
    for typ, m in [(S, "Input/Output Error"),
                   (U, "Invalid parameter"),
                   (S, "Access denied (insufficient permissions)"),
                   (S, "No such device (it may have been disconnected)"),
                   (N, "Pipe error"),
                   (U, "System call interrupted (perhaps due to signal)"),
                   # "Insufficient memory" left out: a test-set text.
                   (U, "Operation not supported or unimplemented on this platform"),
                   (Z, "Malformed descriptor"),
                   (U, "Other error")]:
        add(RU, "src/error.rs", typ, m)

    # --- kevinmehall/nusb: nusb::Error "message (errno N)" on Linux, TransferError, descriptor errors ---
    NU = "kevinmehall/nusb"
    for typ, m, p in [(S, "device not found (errno 2)", "src/platform/linux_usbfs/device.rs"),
                      (S, "permission denied (errno 13)", "src/platform/linux_usbfs/device.rs"),
                      (S, "device is busy (errno 16)", "src/platform/linux_usbfs/device.rs"),
                      (U, "endpoint already in use", "src/platform/linux_usbfs/device.rs"),
                      (S, "/sys/bus/usb/devices/ not found (errno 2)", "src/platform/linux_usbfs/enumeration.rs"),
                      (N, "failed to open udev netlink socket (errno 97)", "src/platform/linux_usbfs/hotplug.rs"),
                      (U, "transfer was cancelled", "src/transfer/mod.rs"),
                      (N, "endpoint stalled", "src/transfer/mod.rs"),
                      (N, "hardware fault or protocol violation", "src/transfer/mod.rs"),
                      (U, "no descriptor found for active configuration 2", "src/error.rs"),
                      (Z, "invalid descriptor", "src/error.rs")]:
        add(NU, p, typ, m)

    # --- deviceplug/btleplug: btleplug::Error (thiserror) and ParseBDAddrError, Other(...) strings ---
    BT = "deviceplug/btleplug"
    for typ, m in [(U, "Unexpected callback"),
                   (U, "No such characteristic"),
                   (T, "Timed out after 5s"),
                   (Z, "Invalid Bluetooth address: Bluetooth address has to be 6 bytes long"),
                   (Z, "Invalid Bluetooth address: Invalid digit in address: invalid digit found in string")]:
        add(BT, "src/lib.rs", typ, m)
    add(BT, "src/bluez/adapter.rs", U, "The operation is not supported: Can't add a Peripheral from a PeripheralId")
    add(BT, "src/bluez/peripheral.rs", U, "Service with UUID 0000180d-0000-1000-8000-00805f9b34fb not found.")
    add(BT, "src/bluez/peripheral.rs", U, "Characteristic with UUID 00002a37-0000-1000-8000-00805f9b34fb not found.")

    # --- knurling-rs/defmt: decoder DecodeError Display, elf2table and print anyhow texts ---
    DF = "knurling-rs/defmt"
    for typ, m, p in [(Z, "unexpected end of stream", "decoder/src/lib.rs"),
                      (Z, "malformed data", "decoder/src/lib.rs"),
                      (U, "Unknown defmt encoding 'rzcobs2' specified. This is a bug.", "decoder/src/lib.rs"),
                      (U, "multiple defmt versions in use: 4 and 3 (only one is supported)", "decoder/src/elf2table/mod.rs"),
                      (U, "defmt version found, but no `.defmt` metadata section - check your linker configuration", "decoder/src/elf2table/mod.rs"),
                      (Z, "defmt wire format version mismatch: firmware is using 5, this tool supports 3, 4\nsuggestion: install a newer version of this tool that supports defmt wire format version 5", "decoder/src/elf2table/mod.rs"),
                      (Z, "malformed bitflags value string 'Flags::READ'", "decoder/src/elf2table/mod.rs"),
                      (Z, "failed to demangle defmt symbol `{\"package\":\"app\",\"tag\":\"defmt_info\",\"data\":\"boot`: EOF while parsing a string at line 1 column 48", "decoder/src/elf2table/symbol.rs"),
                      (U, "Symbol '_SEGGER_RTT' not found in ELF file", "print/src/main.rs"),
                      (U, "log format must contain a `{s}` format specifier", "decoder/src/log/format/parser.rs")]:
        add(DF, p, typ, m)

    # --- bluez/bluer: bluer::Error Display "{kind}[: {message}]" (displaydoc ErrorKind / InternalErrorKind) ---
    BL = "bluez/bluer"
    for typ, m in [(A, "Bluetooth authentication failed"),
                   (A, "Bluetooth operation not authorized"),
                   (N, "Bluetooth connection attempt failed"),
                   (U, "Bluetooth device already connected"),
                   (U, "Bluetooth device not ready: Resource Not Ready"),
                   (U, "GATT services have not been resolved for that Bluetooth device"),
                   (N, "the receiving Bluetooth device has stopped the notification session"),
                   (Z, "invalid Bluetooth address: 00:1A:7D:DA:71"),
                   (N, "internal error: lost connection to D-Bus"),
                   (N, "internal error: IO error BrokenPipe: Broken pipe (os error 32)"),
                   (Z, "internal error: key mtu is missing"),
                   (U, "the discovery filter cannot be changed while a discovery session is active")]:
        add(BL, "bluer/src/lib.rs", typ, m)


# part_kc (C/C++ Linux authentication and privilege stacks): linux-pam/linux-pam@ddab692c, SSSD/sssd@9238b410, heimdal/heimdal@8c3c97bd, Yubico/pam-u2f@b5846bb7, libpwquality/libpwquality@a8192cd2, shadow-maint/shadow@816e02a2, sudo-project/sudo@2e18923c, polkit-org/polkit@db2f1e05, Duncaen/OpenDoas@9a25a6d7, google/google-authenticator-libpam@288db949 -- newest snapshots via fetch, read with `git show HEAD:<path>`; each message read in the file named per entry (pam_strerror/sss_strerror/com_err tables, pam_syslog/DEBUG/kdc_log/syslog/err(3)/g_set_error format strings and the prefixes their callers add), placeholders filled plausibly. Fills not read in these repositories: strerror/gai_strerror texts are the usual glibc texts; SSSD's resolver text is c-ares' ares_strerror; pam-u2f's fido_strerr names were read in Yubico/libfido2 src/err.c and src/fido/err.h (codes only, no libfido2 wording taken as an entry); polkit's GLib/GIO inner texts ("Error opening directory ...", "Could not connect: ") are GLib's, seen via find_string; sudo's " user : reason ; TTY=..." line shape read in lib/eventlog/eventlog.c; the OpenSSL reason text in sudo's TLS line is the usual one.
def _part_kc(add):
    _kc_linux_pam(add)
    _kc_sssd(add)
    _kc_heimdal(add)
    _kc_pam_u2f(add)
    _kc_libpwquality(add)
    _kc_shadow(add)
    _kc_sudo(add)
    _kc_polkit(add)
    _kc_opendoas(add)
    _kc_google_authenticator(add)


def _kc_linux_pam(add):
    # --- linux-pam/linux-pam: pam_strerror table and module pam_syslog / pam_info texts ---
    R = "linux-pam/linux-pam"
    for typ, m in [(A, "Insufficient credentials to access authentication data"),
                   (A, "Authentication token is no longer valid; new one required"),
                   (U, "Bad item passed to pam_*_item()")]:
        add(R, "libpam/pam_strerror.c", typ, m)
    add(R, "modules/pam_unix/support.c", A,
        "authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=10.0.0.12  user=stemedb")
    add(R, "modules/pam_faillock/pam_faillock.c", A, "The account is locked due to 5 failed logins.")
    add(R, "modules/pam_faillock/pam_faillock.c", S,
        "Error opening the tally file for stemedb: Permission denied")
    add(R, "libpam/pam_handlers.c", S,
        "unable to dlopen(/usr/lib/security/pam_sss.so): /usr/lib/security/pam_sss.so: cannot open shared object file: No such file or directory")
    add(R, "libpam/pam_dispatch.c", U, "no modules loaded for `stemedb' service")
    add(R, "modules/pam_access/pam_access.c", Z, "/etc/security/access.conf: line 12: bad field count")
    add(R, "modules/pam_env/pam_env.c", Z, "Unterminated quoted string: \"/var/lib/stemedb")


def _kc_sssd(add):
    # --- SSSD/sssd: sss_strerror table (src/util/util_errors.c) and fail-over DEBUG texts ---
    R = "SSSD/sssd"
    for typ, m in [(A, "Cached credentials are expired"),
                   (A, "No suitable principal found in keytab"),
                   (T, "Dynamic DNS update timed out"),
                   (T, "p11_child timeout"),
                   (Z, "Malformed input KCM packet"),
                   (S, "File ownership and permissions check failed"),
                   (U, "The maximum number of stored secrets has been reached")]:
        add(R, "src/util/util_errors.c", typ, m)
    for typ, m in [(N, "No available servers for service 'LDAP'"),
                   (T, "Service resolving timeout reached"),
                   (N, "Failed to resolve server 'ldap.stemedb.internal': Domain name not found")]:
        add(R, "src/providers/fail_over.c", typ, m)


def _kc_heimdal(add):
    # --- heimdal/heimdal: lib/krb5 krb5_set_error_message texts, kdc_log texts, hdb_err.et ---
    R = "heimdal/heimdal"
    add(R, "lib/krb5/send_to_kdc.c", N, "unable to reach any KDC in realm STEMEDB.INTERNAL")
    for typ, m in [(T, "timed out locking cache file /tmp/krb5cc_1000"),
                   (S, "Refuses to open group/other readable files FILE:/tmp/krb5cc_1000")]:
        add(R, "lib/krb5/fcache.c", typ, m)
    add(R, "lib/krb5/keytab_file.c", Z, "Bad version in keytab /etc/stemedb/stemedb.keytab")
    add(R, "lib/krb5/init_creds_pw.c", U, "Looping 10 times while getting initial credentials")
    add(R, "kdc/krb5tgs.c", A,
        "Failed to verify authenticator checksum: Decrypt integrity check failed for checksum type hmac-sha1-96-aes256, key type aes256-cts-hmac-sha1-96", True)
    add(R, "kdc/krb5tgs.c", A,
        "Verify PAC failed for HTTP/node2.stemedb.internal@STEMEDB.INTERNAL (alice@STEMEDB.INTERNAL) from IPv4:10.0.0.12 with PAC integrity check failed for hmac-md5 checksum", True)
    add(R, "kdc/kerberos5.c", A, "Client (alice@STEMEDB.INTERNAL) is locked out")
    add(R, "kdc/misc.c", S, "Failed to open database: opening /var/heimdal/heimdal.db: Permission denied")
    add(R, "lib/hdb/hdb_err.et", U, "HDB backend doesn't contain write support")


def _kc_pam_u2f(add):
    # --- Yubico/pam-u2f: util.c debug_dbg texts, pamu2fcfg fprintf texts with fido_strerr names ---
    R = "Yubico/pam-u2f"
    for typ, m in [(S, "Cannot open authentication file: No such file or directory"),
                   (S, "The owner of the authentication file is neither operator nor root"),
                   (S, "warning(pam_u2f): Permissions 0666 for '/home/operator/.config/Yubico/u2f_keys' are too open. Please change the file mode bits to 0644 or more restrictive. This may become an error in the future!"),
                   (Z, "Malformed SSH key (magic)"),
                   (Z, "Unexpected authfile termination"),
                   (U, "Device for this keyhandle is not present")]:
        add(R, "util.c", typ, m)
    add(R, "pamu2fcfg/pamu2fcfg.c", A, "error: fido_cred_verify (-6) FIDO_ERR_INVALID_SIG", True)
    add(R, "pamu2fcfg/pamu2fcfg.c", T, "error: fido_dev_make_cred (47) FIDO_ERR_USER_ACTION_TIMEOUT")
    add(R, "pamu2fcfg/pamu2fcfg.c", A, "error: fido_dev_make_cred (49) FIDO_ERR_PIN_INVALID")


def _kc_libpwquality(add):
    # --- libpwquality/libpwquality: pwquality_strerror texts and pam_pwquality wrappers ---
    R = "libpwquality/libpwquality"
    add(R, "src/pam_pwquality.c", A, "BAD PASSWORD: The password is shorter than 12 characters")
    add(R, "src/pam_pwquality.c", A, "bad password: The password contains the user name in some form")
    for typ, m in [(A, "The password fails the dictionary check - it is based on a dictionary word"),
                   (A, "The password is too similar to the old one"),
                   (U, "Password generation failed - required entropy too low for settings")]:
        add(R, "src/error.c", typ, m)
    add(R, "src/pam_pwquality.c", S, "Reading pwquality configuration file failed: Opening the configuration file failed")
    add(R, "src/pam_pwquality.c", Z, "Reading pwquality configuration file failed: Bad integer value of setting - minlen")
    add(R, "src/pam_pwquality.c", U, "pam_parse: unknown or broken option; maxrepeats=3")


def _kc_shadow(add):
    # --- shadow-maint/shadow: tool stderr texts ("<prog>: ...") ---
    R = "shadow-maint/shadow"
    add(R, "src/chpasswd.c", S, "chpasswd: cannot lock /etc/shadow; try again later.")
    add(R, "src/useradd.c", S, "useradd: failure while writing changes to /etc/passwd")
    add(R, "src/su.c", A, "su: You are not authorized to su at that time")
    add(R, "src/passwd.c", A, "passwd: You may not view or modify password information for stemedb.")
    add(R, "src/passwd.c", Z, "passwd: malformed password data obtained for user stemedb")
    add(R, "src/chpasswd.c", Z, "chpasswd: (line 3, user stemedb) invalid password hash")
    add(R, "src/useradd.c", U, "useradd: user 'stemedb' already exists")
    add(R, "src/usermod.c", U, "usermod: unable to find new subordinate uid range")


def _kc_sudo(add):
    # --- sudo-project/sudo: sudoers plugin log texts, eventlog line shape, log_client TLS texts ---
    R = "sudo-project/sudo"
    add(R, "plugins/sudoers/logging.c", A,
        "operator : 3 incorrect password attempts ; TTY=pts/0 ; PWD=/home/operator ; USER=root ; COMMAND=/usr/bin/systemctl restart stemedb")
    add(R, "plugins/sudoers/auth/pam.c", A,
        "PAM authentication error: User not known to the underlying authentication module")
    add(R, "src/tgetpass.c", T, "sudo: timed out reading password")
    for typ, m in [(T, "sudo: TLS handshake timeout occurred"),
                   (N, "sudo: TLS connection to logsrv.stemedb.internal:30344 failed: certificate verify failed"),
                   (N, "sudo: unable to look up logsrv.stemedb.internal:30344: Name or service not known"),
                   (N, "sudo: lost connection to log server"),
                   (U, "sudo: server message too large: 2097152")]:
        add(R, "plugins/sudoers/log_client.c", typ, m)
    add(R, "plugins/sudoers/timestamp.c", S,
        "sudo: unable to lock time stamp file /run/sudo/ts/operator: Input/output error")
    add(R, "lib/util/sudo_conf.c", S, "sudo: /etc/sudo.conf is world writable")


def _kc_polkit(add):
    # --- polkit-org/polkit: backend authority log / GError texts, pkexec and agent helper stderr ---
    R = "polkit-org/polkit"
    add(R, "src/polkitbackend/polkitbackendinteractiveauthority.c", A,
        "Operator of unix-session:3 FAILED to authenticate to gain authorization for action org.freedesktop.systemd1.manage-units for system-bus-name::1.84 [systemctl restart stemedb] (owned by unix-user:operator)")
    add(R, "src/polkitbackend/polkitbackendinteractiveauthority.c", U,
        "Action org.stemedb.admin.restart is not registered")
    add(R, "src/polkitbackend/polkitbackendinteractiveauthority.c", N,
        "Error getting system bus: Could not connect: No such file or directory")
    add(R, "src/programs/pkexec.c", A, "Error executing command as another user: Not authorized")
    add(R, "src/programs/pkexec.c", U, "Error executing command as another user: No authentication agent found.")
    add(R, "src/polkitagent/polkitagenthelper-pam.c", A,
        "polkit-agent-helper-1: pam_authenticate failed: Authentication failure")
    add(R, "src/polkitagent/polkitagenthelper-pam.c", S,
        "Incorrect permissions on /usr/lib/polkit-1/polkit-agent-helper-1 (needs to be setuid root)")
    add(R, "src/polkitbackend/polkitbackendduktapeauthority.c", T, "Terminating runaway script after 15 seconds")
    add(R, "src/polkitbackend/polkitbackendduktapeauthority.c", S,
        "Error opening rules directory: Error opening directory \u201c/etc/polkit-1/rules.d\u201d: Permission denied (g-file-error-quark, 2)")


def _kc_opendoas(add):
    # --- Duncaen/OpenDoas: err(3)/errx(3) texts ("doas: ..."), syslog texts, yyerror "... at line N" ---
    R = "Duncaen/OpenDoas"
    add(R, "pam.c", A, "failed auth for operator")
    add(R, "doas.c", A, "command not permitted for operator: systemctl restart stemedb")
    add(R, "doas.c", S, "doas: /etc/doas.conf is writable by group or other")
    add(R, "doas.c", S, "doas: doas is not enabled, /etc/doas.conf: No such file or directory")
    add(R, "parse.y", Z, "doas: unterminated quotes in column 23 at line 4")
    add(R, "timestamp.c", S, "doas: timestamp uid, gid or mode wrong")
    add(R, "shadow.c", U, "doas: a tty is required")


def _kc_google_authenticator(add):
    # --- google/google-authenticator-libpam: log_message texts (src/pam_google_authenticator.c) ---
    R = "google/google-authenticator-libpam"
    P = "src/pam_google_authenticator.c"
    for typ, m in [(A, "Invalid verification code for operator"),
                   (A, "Trying to reuse a previously used time-based code (\"/home/operator/.google_authenticator\"). Retry again in 30 seconds. Warning! This might mean, you are currently subject to a man-in-the-middle attack."),
                   (U, "Too many concurrent login attempts (\"/home/operator/.google_authenticator\"). Please try again."),
                   (S, "Failed to read \"/home/operator/.google_authenticator\" for \"operator\": Permission denied"),
                   (S, "Secret file \"/home/operator/.google_authenticator\" permissions (0644) are more permissive than 0600"),
                   (S, "Failed to update secret file \"/home/operator/.google_authenticator\": No space left on device"),
                   (Z, "Invalid file contents in \"/home/operator/.google_authenticator\""),
                   (Z, "Malformed LAST0 line")]:
        add(R, P, typ, m)


# part_kd (Go full-text search, vector stores and their clients): blevesearch/bleve, blugelabs/bluge, zincsearch/zincsearch, vdaas/vald, meilisearch/meilisearch-go, qdrant/go-client, weaviate/weaviate-go-client, philippgille/chromem-go; newest snapshots via fetch, read with git show HEAD:<path> (each message read in the file named per entry: the errors.New / fmt.Errorf / Error() string / log text, wrapping chains followed through their callers), placeholders filled plausibly (Go os/net/grpc inner errors in their usual wording; server-side response bodies of the clients are plausible fills, the 422 body of weaviate-go-client is from its own test file test/schema/schema_test.go).
def _part_kd(add):
    _kd_bleve(add)
    _kd_bluge(add)
    _kd_zincsearch(add)
    _kd_vald(add)
    _kd_meilisearch_go(add)
    _kd_qdrant_go(add)
    _kd_weaviate_go(add)
    _kd_chromem_go(add)


def _kd_bleve(add):
    # blevesearch/bleve @ 991a4506: bleve.Error table (error.go) and scorch / upsidedown errors.
    R = "blevesearch/bleve"
    for typ, m in [(S, "cannot open index, path does not exist"),
                   (S, "cannot open index, metadata missing"),
                   (Z, "cannot open index, metadata corrupt"),
                   (U, "index is closed"),
                   (U, "2-phase search failed, likely due to an overlapping topology change")]:
        add(R, "error.go", typ, m)
    # ScorchError: "source: %s, %v: %s" (index/scorch/scorch.go), fired from the persister / merger loops
    add(R, "index/scorch/persister.go", S,
        "source: persister, persist error: got err persisting snapshot: segment: /var/lib/stemedb/index/store/00000000001a.zap persist err: write /var/lib/stemedb/index/store/00000000001a.zap: no space left on device")
    add(R, "index/scorch/merge.go", U,
        "source: merger, async panic error: panic: runtime error: index out of range [5] with length 5, path: /var/lib/stemedb/index/store")
    add(R, "index/scorch/scorch.go", T,
        "timeout waiting for file cleanup for files: [00000000001a.zap 00000000001b.zap]")
    add(R, "index/scorch/segment_plugin.go", Z,
        "unsupported version 12 for segment type: zap, supported: [11 15 16]")
    add(R, "index/upsidedown/upsidedown.go", Z, "incompatible version, 7 is supported")
    add(R, "analysis/type.go", Z, "unable to parse datetime with any of the layouts")


def _kd_bluge(add):
    # blugelabs/bluge @ 57414197: index.OpenWriter / OpenReader wrap as "error opening index: %w" (writer.go, reader.go).
    R = "blugelabs/bluge"
    add(R, "index/writer.go", S,
        "error opening index: error getting exclusive access to diretory: unable to obtain exclusive access: resource temporarily unavailable")
    add(R, "index/directory_fs.go", S,
        "error opening index: error setting up directory: error creating directory '/var/lib/stemedb/index': mkdir /var/lib/stemedb/index: permission denied")
    add(R, "index/directory_fs.go", S, "readOnly, directory does not exist")
    add(R, "index/directory_fs.go", S,
        "error syncing directory: sync /var/lib/stemedb/index: input/output error")
    add(R, "index/writer.go", Z, "CRC mismatch loading snapshot 42: computed: 8a3f21c0 file: 5d0e7b19")
    add(R, "index/snapshot.go", Z, "unsupportred snapshot format version: 3")
    add(R, "index/snapshot.go", Z, "error reading snapshot 42: unexpected EOF")
    add(R, "index/persister.go", S,
        "got err persisting snapshot: error writing snapshot 43: write /var/lib/stemedb/index/00000000002b.snp: no space left on device")
    add(R, "search/searcher/search_disjunction.go", U,
        "tooManyClauses 1025 over field: `body` > maxClauseCount, which is set to 1024")
    add(R, "search/searcher/search_fuzzy.go", U, "fuzziness exceeds max (2)")
    add(R, "query.go", U, "boolean query must contain at least one must or should or not must clause")


def _kd_zincsearch(add):
    # zincsearch/zincsearch @ 13d6c8c1: errors.Error is "type: %s, reason: %s, cause: %s" (pkg/errors/error.go);
    # the auth middleware answers with gin JSON bodies; zerolog messages taken as their Msg text.
    R = "zincsearch/zincsearch"
    add(R, "pkg/routes/middleware.go", A, "No permission:index.Create")
    add(R, "pkg/routes/middleware.go", A, "Missing credentials")
    add(R, "pkg/auth/firststart.go", U,
        "ZINC_FIRST_ADMIN_USER and ZINC_FIRST_ADMIN_PASSWORD must be set on first start. You should also change the credentials after first login")
    add(R, "pkg/wal/wal.go", S,
        "type: runtime_exception, reason: open wal error, cause: mkdir /data/stemedb-logs/wal: permission denied")
    add(R, "pkg/core/index_shards_wal.go", Z, "invalid redo log: [12a]")
    add(R, "pkg/core/index_shards_document.go", Z,
        "field [age] was set type to [numeric] but the value [abc] can't convert to int")
    add(R, "pkg/handlers/document/bulk.go", Z, "bulk index data format error")
    add(R, "pkg/core/deleteindex.go", U, "index stemedb-logs does not exists")
    add(R, "pkg/core/newindex.go", U, "index name [Logs 2024] is invalid, just accept [a-zA-Z0-9_.-]")
    add(R, "pkg/config/config.go", S, "ZINC_DATA_PATH is not writable")
    add(R, "pkg/metadata/storage/bolt/bolt.go", S, "open bbolt db for metadata failed")


def _kd_vald(add):
    # vdaas/vald @ 02b97d94: internal/errors (Wrap is "%s: %w"); tabs are part of the wordings.
    R = "vdaas/vald"
    for typ, m in [(T, "index load timeout"),
                   (S, "index file not found"),
                   (U, "incompatible dimension size detected\trequested: 384,\tconfigured: 768"),
                   (U, "write operation to read replica is not possible")]:
        add(R, "internal/errors/agent.go", typ, m)
    add(R, "internal/errors/grpc.go", N,
        "vald internal gRPC client could not find ip addrs for vald-agent-0.vald-agent.default.svc.cluster.local")
    add(R, "internal/errors/grpc.go", Z,
        "failed to marshal/unmarshal proto message, message type is *payload.Search_Request (missing vtprotobuf/protobuf helpers)")
    add(R, "internal/errors/tls.go", N, "failed to handshake connection to tcp:10.0.0.12:8081")
    add(R, "internal/errors/tls.go", N, "certificate revoked")
    add(R, "internal/errors/tls.go", N, "no CA or self-signed certificates added to pool")
    add(R, "internal/errors/circuitbreaker.go", U, "circuit breaker is open")
    add(R, "internal/errors/file.go", S,
        "failed to make directory /var/lib/vald/index using os.MkdirAll operation\tdir info: unknown file info: for /var/lib/vald/index\t<nil>: mkdir /var/lib/vald/index: permission denied")
    add(R, "internal/errors/http.go", T, "handler timeout 3.000412345s: context deadline exceeded")
    add(R, "internal/errors/errors.go", T,
        "backoff timeout by limitation: rpc error: code = DeadlineExceeded desc = context deadline exceeded")


def _kd_meilisearch_go(add):
    # meilisearch/meilisearch-go @ 31bba018: Error.Error() fills the raw strings of error.go
    # ("... (path \"${method} ${endpoint}\" with method \"${function}\")" then ": " + origin error).
    R = "meilisearch/meilisearch-go"
    for typ, m in [
        (T, 'MeilisearchTimeoutError (path "POST /indexes/triples/search" with method "Search"): Post "http://10.0.0.12:7700/indexes/triples/search": context deadline exceeded'),
        (N, 'MeilisearchCommunicationError unable to execute request (path "POST /indexes/triples/documents" with method "AddDocuments"): Post "http://10.0.0.12:7700/indexes/triples/documents": dial tcp 10.0.0.12:7700: connect: connection refused'),
        (N, 'failed to request and max retries exceeded (path "POST /indexes/triples/documents" with method "AddDocuments")'),
        (A, 'unaccepted status code found: 403 expected: [200], APIError Message: The provided API key is invalid., Code: invalid_api_key, Type: auth, Link: https://docs.meilisearch.com/errors#invalid_api_key (path "POST /indexes/triples/search" with method "Search")'),
        (A, 'unaccepted status code found: 401 expected: [202], APIError Message: The Authorization header is missing. It must use the bearer authorization method., Code: missing_authorization_header, Type: auth, Link: https://docs.meilisearch.com/errors#missing_authorization_header (path "POST /indexes/triples/documents" with method "AddDocuments")'),
        (U, 'unaccepted status code found: 404 expected: [200], APIError Message: Index `triples` not found., Code: index_not_found, Type: invalid_request, Link: https://docs.meilisearch.com/errors#index_not_found (path "GET /indexes/triples" with method "FetchInfo")'),
        (Z, "unable to unmarshal body from response: '<html><body><h1>502 Bad Gateway</h1></body></html>' status code: 200 (path \"POST /indexes/triples/search\" with method \"Search\"): invalid character '<' looking for beginning of value"),
        (Z, "unable to marshal body from request: 'empty request' (path \"POST /indexes/triples/documents\" with method \"AddDocuments\"): failed to marshal request with json.Marshal: json: unsupported type: chan int"),
    ]:
        add(R, "error.go", typ, m)
    add(R, "error.go", N, "meilisearch service is not available")
    add(R, "error.go", U, "no search request provided")
    add(R, "error.go", U, "request body is not expected for GET and HEAD requests")


def _kd_qdrant_go(add):
    # qdrant/go-client @ 4675700f: QdrantError "%s() failed: %s: %v" (qdrant/error.go) around grpc status errors.
    R = "qdrant/go-client"
    for typ, m in [
        (N, 'Upsert() failed: triples: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.0.12:6334: connect: connection refused"'),
        (T, "Query() failed: triples: rpc error: code = DeadlineExceeded desc = context deadline exceeded"),
        (A, "ListCollections() failed: rpc error: code = Unauthenticated desc = Must provide an API key or an Authorization bearer token"),
        (U, "GetCollection() failed: triples: rpc error: code = NotFound desc = Not found: Collection `triples` doesn't exist!"),
        (U, "ResourceExhausted: rate limit exceeded, retry after 5 seconds"),
    ]:
        add(R, "qdrant/error.go", typ, m)
    add(R, "qdrant/collections.go", U, "DeleteCollection() failed: triples: failed to delete collection")
    add(R, "qdrant/compare_versions.go", Z, "unable to parse version, expected format: x.y[.z], found: 1")
    add(R, "qdrant/grpc_client.go", U,
        "Client version is not compatible with server version. Major versions should match and minor version difference must not exceed 1. Set SkipCompatibilityCheck=true to skip version check.")
    add(R, "qdrant/grpc_client.go", U,
        "Failed to obtain server version. Unable to check client-server compatibility. Set SkipCompatibilityCheck=true to skip version check.")
    add(R, "qdrant/value_map.go", Z, 'invalid UTF-8 in string: "\\xff\\xfe"')


def _kd_weaviate_go(add):
    # weaviate/weaviate-go-client @ 97bdbb0a: fault.WeaviateClientError "status code: %v, error: %v"
    # (weaviate/fault/error.go), built in weaviate/except/handling.go and connection/rest.go.
    R = "weaviate/weaviate-go-client"
    add(R, "weaviate/connection/rest.go", T,
        'Weaviate did not start up in 1m0s. Verify the server is running and the connection string "http://10.0.0.12:8080/v1" is correct or consider increasing config.StartupTimeout: context deadline exceeded')
    add(R, "weaviate/except/handling.go", N,
        'status code: -1, error: check the DerivedFromError field for more information: Post "http://10.0.0.12:8080/v1/batch/objects": dial tcp 10.0.0.12:8080: connect: connection refused')
    add(R, "weaviate/except/handling.go", A,
        'status code: 401, error: {"code":401,"message":"anonymous access not enabled, please provide an auth scheme such as OIDC"}')
    add(R, "weaviate/except/handling.go", U,
        "status code: 422, error: {\"error\":[{\"message\":\"tokenization is not allowed for data type 'int[]'\"}]}\n")
    add(R, "weaviate/connection/rest.go", Z,
        "status code: -1, error: failed to parse response data check DerivedFromError field for more information: invalid character '<' looking for beginning of value")
    add(R, "weaviate/connection/rest.go", A,
        'Error during token refresh, getting token: oauth2: "invalid_grant" "Token is not active"')
    add(R, "weaviate/connection/rest.go", A, "Requested token is expired")
    add(R, "weaviate/connection/grpc.go", N,
        'failed to connect to host: 10.0.0.12:50051 with secured set to: false: rpc error: code = Unavailable desc = connection error: desc = "transport: Error while dialing: dial tcp 10.0.0.12:50051: connect: connection refused"')
    add(R, "weaviate/graphql/search.go", U,
        "please provide gRPC config to the client in order to use search functionality")
    add(R, "weaviate/weaviate_client.go", U, "only AuthConfig or ConnectionClient can be given in the config")
    add(R, "weaviate/grpc/batch/batch.go", Z,
        "object properties type expected: map[string]interface{} got: string")


def _kd_chromem_go(add):
    # philippgille/chromem-go @ 4e5d21d5: persistence (gob + gzip + AES-GCM) in persistence.go, DB in db.go.
    R = "philippgille/chromem-go"
    add(R, "persistence.go", A,
        "couldn't read file: couldn't decrypt data: cipher: message authentication failed", True)
    add(R, "db.go", A, "encryption key must be 32 bytes long")
    add(R, "persistence.go", Z, "couldn't read document: couldn't decode object: unexpected EOF")
    add(R, "persistence.go", Z, "couldn't read file: couldn't create gzip reader: gzip: invalid header")
    add(R, "collection.go", S,
        'couldn\'t persist document to "/var/lib/stemedb/chromem/8f2a1c3e/4b6d9e21.gob.gz": couldn\'t create file: open /var/lib/stemedb/chromem/8f2a1c3e/4b6d9e21.gob.gz: no space left on device')
    add(R, "db.go", S, "couldn't create persistence directory: mkdir /var/lib/stemedb/chromem: permission denied")
    add(R, "db.go", S, "collection metadata file not found: /var/lib/stemedb/chromem/8f2a1c3e")
    add(R, "embed_ollama.go", N,
        'couldn\'t create embedding of query: couldn\'t send request: Post "http://localhost:11434/api/embed": dial tcp 127.0.0.1:11434: connect: connection refused')
    add(R, "embed_openai.go", A,
        "couldn't create embedding of document: error response from the embedding API: 401 Unauthorized")
    add(R, "embed_openai.go", T,
        'couldn\'t create embedding of query: couldn\'t send request: Post "https://api.openai.com/v1/embeddings": context deadline exceeded')
    add(R, "collection.go", U, "document with ID 'agent-0042' not found")


def holdout32(add):
    for part in (_part_ka, _part_kb, _part_kc, _part_kd):
        part(add)
