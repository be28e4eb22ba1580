#!/usr/bin/env bash
# The appliance (docs/appliance.md): a slim jlinked runtime with an AOT cache for hosts, and a
# bootable VM image whose only program is the node.
#
#   image.sh runtime        jlink build/runtime from $JAVA_HOME + train build/runtime/unikernel-z.aot
#   image.sh build          kernel + initramfs + read-only runtime disk under build/image/
#   image.sh run [options]  boot it under qemu (see `image.sh run --help`)
#   image.sh accel          print the accelerator `run` would use (kvm or tcg)
#
# Inputs come from Debian packages (kernel, busybox, glibc) and this repository's build only.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
BUILD="${UNIKERNELZ_BUILD_DIR:-$ROOT/build}"
RUNTIME="$BUILD/runtime"
IMAGE="$BUILD/image"
CACHE="$BUILD/cache"
NODE_JAR="${UNIKERNELZ_NODE_JAR:-$ROOT/node/target/unikernel-z-node.jar}"
LIB_DIR="${UNIKERNELZ_NODE_LIB:-$ROOT/node/target/lib}"
MAIN_CLASS=io.unikernelz.node.Main
# The launcher's JVM flags when it uses the AOT cache: a cache is only used by a JVM started with the same ones.
HOST_JVM_FLAGS=(--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:+UseSerialGC -XX:TieredStopAtLevel=4)
GUEST_JVM_FLAGS=("${HOST_JVM_FLAGS[@]}")
# Modules some libraries reference only on optional paths (Jackson's java.beans/java.sql/XML
# handlers, Bouncy Castle's LDAP certificate store): jdeps lists them, the node never loads them.
OPTIONAL_MODULES="${UNIKERNELZ_JLINK_EXCLUDE:-java.desktop java.sql java.sql.rowset java.naming java.xml java.scripting}"
ALWAYS_MODULES="java.base jdk.unsupported"
# Kernel modules the guest needs; their dependencies are added from each module's depends=.
GUEST_KMODS=(virtio_pci virtio_net virtio_blk button squashfs)
# libsodium: the node's fast Ed25519 path (it falls back to Bouncy Castle without it).
DEBS=(busybox-static libc6 libstdc++6 libgcc-s1 zlib1g libsodium23)
RPC_PORT=35997

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
info() { printf '    %s\n' "$*" >&2; }
die() { printf 'image.sh: %s\n' "$*" >&2; exit 1; }
size_of() { du -sh --apparent-size "$1" 2>/dev/null | cut -f1; }

java_home() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jlink" ]; then echo "$JAVA_HOME"; return; fi
  for d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25-jdk; do
    [ -x "$d/bin/jlink" ] && { echo "$d"; return; }
  done
  die "needs a JDK 25 with jlink (set JAVA_HOME)"
}
JDK="$(java_home)"

need_node() {
  [ -f "$NODE_JAR" ] || die "no node build at $NODE_JAR: run ./unikernel-z build first"
  [ -d "$LIB_DIR" ] || die "no node libraries at $LIB_DIR: run ./unikernel-z build first"
}

# Installs Debian packages the build or the boot needs when their command is missing.
need_tools() { # need_tools cmd:package ...
  local missing=() pair
  for pair in "$@"; do command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing ${missing[*]} (apt-get)"
  [ "$(id -u)" = 0 ] || die "missing ${missing[*]}: install them (apt-get install ${missing[*]})"
  export DEBIAN_FRONTEND=noninteractive
  { apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; } ||
    die "could not install ${missing[*]} with apt-get"
}

# ---------------------------------------------------------------------------------------
# runtime: jlink + AOT cache for hosts

node_jars() { # the node jar, then its libraries in a fixed (sorted) order
  echo "$NODE_JAR"
  find "$LIB_DIR" -maxdepth 1 -name '*.jar' | LC_ALL=C sort
}

compute_modules() {
  local tmp mods
  tmp="$(mktemp -d)"
  mkdir -p "$tmp/classes"
  # One flat class tree: jdeps then sees every class on the class path as the node will
  # (unnamed), without tripping over the libraries' module descriptors.
  while read -r j; do
    (cd "$tmp/classes" && unzip -qo "$j" -x 'module-info.class' 'META-INF/*' '*.so' '*.dll' '*.jnilib' 2>/dev/null) || true
  done < <(node_jars)
  # -summary lists every module used directly (--print-module-deps would fold java.logging
  # into java.sql, which is then dropped as optional).
  mods="$("$JDK/bin/jdeps" --multi-release 25 --ignore-missing-deps -summary "$tmp/classes" 2>/dev/null |
    awk '$2 == "->" && $3 ~ /^(java|jdk)\./ {print $3}' | LC_ALL=C sort -u | tr '\n' ',')" || mods=""
  rm -rf "$tmp"
  if [ -z "$mods" ]; then
    info "jdeps gave no answer; using the explicit module list" >&2
    mods="java.base,java.logging,java.management,jdk.management,jdk.unsupported"
  fi
  local out=() m
  for m in ${mods//,/ } $ALWAYS_MODULES ${UNIKERNELZ_JLINK_ADD:-}; do
    case " $OPTIONAL_MODULES " in *" $m "*) continue ;; esac
    case " ${out[*]:-} " in *" $m "*) continue ;; esac
    out+=("$m")
  done
  local IFS=,
  echo "${out[*]}"
}

jlink_runtime() { # jlink_runtime DEST
  local dest="$1" mods
  mods="$(compute_modules)"
  info "modules: $mods"
  rm -rf "$dest"
  "$JDK/bin/jlink" --add-modules "$mods" --compress zip-6 --strip-debug --no-header-files \
    --no-man-pages --output "$dest" 2>&1 | grep -v '^Warning' >&2 || true
  [ -x "$dest/bin/java" ] || die "jlink failed"
  # Symbols only serve debuggers: ~10 MB of libjvm.so.
  command -v strip >/dev/null 2>&1 && strip --strip-unneeded "$dest/lib/server/libjvm.so" 2>/dev/null || true
  echo "$mods" > "$dest/modules.txt"
}

# An HTTP JSON-RPC call with bash alone (no curl in the guest's world, none needed here).
rpc_call() { # rpc_call PORT METHOD -> response body, or nothing
  local port="$1" body="{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$2\",\"params\":[]}"
  timeout 5 bash -c '
    exec 3<>/dev/tcp/127.0.0.1/'"$port"' || exit 1
    printf "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s" ${#1} "$1" >&3
    cat <&3' _ "$body" 2>/dev/null | sed -n '/^\r\{0,1\}$/,$p' | tr -d '\r' || true
}
frontier_height() { # frontier_height PORT -> height or nothing
  { rpc_call "$1" ledger.getFrontierMomentum | grep -o "\"height\":[0-9]*" | head -1 | cut -d: -f2; } || true
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Runs the node's devnet with JAVA and the given class path, exercising the RPC until
# momentums advance, then SIGTERM: the JVM writes the AOT cache as it exits.
train_aot() { # train_aot JAVA CLASSPATH AOTFILE LOG jvmflags...
  local java="$1" cp="$2" aot="$3" log="$4"; shift 4
  local help
  if ! help="$("$java" -cp "$cp" "$MAIN_CLASS" devnet --help 2>&1)"; then
    info "the node has no devnet mode yet: no AOT cache (the runtime works without one)"
    rm -f "$aot"; return 0
  fi
  local port="$RPC_PORT" args=()
  # Private ports when the node lets us choose, so a devnet already running here is no obstacle.
  if [[ "$help" == *--http-port* && "$help" == *--ws-port* ]]; then
    port=$(( 20000 + RANDOM % 20000 ))
    while ! port_free "$port" || ! port_free $((port + 1)); do port=$(( 20000 + RANDOM % 20000 )); done
    args+=(--http-port "$port" --ws-port $((port + 1)))
  fi
  [[ "$help" == *--momentum-interval* ]] && args+=(--momentum-interval 1)
  port_free "$port" || die "port $port is in use: stop the node running there and retry (the AOT training run needs it)"
  local data; data="$(mktemp -d)"
  "$java" "$@" -XX:AOTCacheOutput="$aot" -cp "$cp" "$MAIN_CLASS" devnet --data "$data/devnet" "${args[@]}" >"$log" 2>&1 &
  local pid=$! first="" h="" deadline=$((SECONDS + 180))
  while [ $SECONDS -lt $deadline ]; do
    kill -0 $pid 2>/dev/null || break
    h="$(frontier_height "$port")"
    if [ -n "$h" ]; then
      [ -z "$first" ] && first="$h"
      # A few more of the calls wallets make, so their code paths are in the cache too.
      rpc_call "$port" ledger.getMomentumsByPage >/dev/null
      rpc_call "$port" stats.syncInfo >/dev/null
      [ "$h" -gt "$first" ] && break
    fi
    sleep 0.25
  done
  kill -TERM $pid 2>/dev/null || true
  wait $pid || true
  rm -rf "$data"
  if [ -z "$h" ]; then
    rm -f "$aot"
    grep -v '\[aot\]' "$log" | tail -15 >&2
    die "AOT training: the devnet gave no frontier height (ledger.getFrontierMomentum on 127.0.0.1:$port) within 180 s; log: $log"
  fi
  [ -f "$aot" ] || { tail -20 "$log" >&2; die "AOT training: no cache written (log: $log)"; }
  info "trained on devnet heights $first..$h"
}

cmd_runtime() {
  need_node
  say "jlink: slim runtime from $JDK -> $RUNTIME"
  jlink_runtime "$RUNTIME"
  info "runtime: $(size_of "$RUNTIME")"
  say "AOT cache: training run of the devnet"
  # The class path string must be the launcher's, character for character.
  train_aot "$RUNTIME/bin/java" "$NODE_JAR:$LIB_DIR/*" "$RUNTIME/unikernel-z.aot" "$BUILD/aot-training.log" "${HOST_JVM_FLAGS[@]}"
  [ -f "$RUNTIME/unikernel-z.aot" ] && info "cache: $RUNTIME/unikernel-z.aot ($(size_of "$RUNTIME/unikernel-z.aot"))"
  say "done: ./unikernel-z now runs on $RUNTIME"
}

runtime_fresh() {
  [ -x "$RUNTIME/bin/java" ] && [ -f "$RUNTIME/modules.txt" ] && [ "$(cat "$RUNTIME/modules.txt")" = "$(compute_modules)" ]
}

# ---------------------------------------------------------------------------------------
# build: kernel, initramfs, runtime disk

fetch_debs() {
  mkdir -p "$CACHE/debs"
  local kpkg
  kpkg="$(apt-cache depends linux-image-cloud-amd64 2>/dev/null | sed -n 's/.*Depends: \(linux-image-[0-9].*\)/\1/p' | head -1)"
  if [ -z "$kpkg" ]; then
    apt-get update -qq >/dev/null 2>&1 || true
    kpkg="$(apt-cache depends linux-image-cloud-amd64 2>/dev/null | sed -n 's/.*Depends: \(linux-image-[0-9].*\)/\1/p' | head -1)"
  fi
  [ -n "$kpkg" ] || die "apt knows no linux-image-cloud-amd64 (is this Debian with its package lists?)"
  local want=("$kpkg" "${DEBS[@]}") missing=() p
  for p in "${want[@]}"; do ls "$CACHE/debs/${p}_"*.deb >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    info "apt-get download ${missing[*]}"
    (cd "$CACHE/debs" && apt-get download "${missing[@]}" >/dev/null 2>&1) ||
      { apt-get update -qq >/dev/null 2>&1; (cd "$CACHE/debs" && apt-get download "${missing[@]}" >/dev/null) ; } ||
      die "apt-get download ${missing[*]} failed"
  fi
  rm -rf "$CACHE/pkgroot"; mkdir -p "$CACHE/pkgroot"
  for p in "${want[@]}"; do
    local f; f="$(ls -t "$CACHE/debs/${p}_"*.deb | head -1)"
    info "unpack $(basename "$f")"
    dpkg-deb -x "$f" "$CACHE/pkgroot"
  done
}

modinfo_depends() { # the depends= field of a .ko, comma separated
  tr '\0' '\n' < "$1" | sed -n 's/^depends=//p' | head -1
}

# Orders kernel modules so each comes after what it depends on.
module_order() { # module_order MODDIR name... -> paths, dependencies first
  local dir="$1"; shift
  local -A seen=()
  visit() {
    local name="$1" f dep
    [ -n "${seen[$name]:-}" ] && return 0
    seen[$name]=1
    f="$(find "$dir" -name "$name.ko" -o -name "${name//_/-}.ko" | head -1)"
    [ -n "$f" ] || die "kernel module $name not in the kernel package"
    for dep in $(modinfo_depends "$f" | tr ',' ' '); do visit "$dep"; done
    echo "$f"
  }
  local m; for m in "$@"; do visit "$m"; done
}

# The keymap busybox loadkmap reads: the plain table only, every key a no-op except
# KEY_POWER (116), which becomes the boot key (K_BOOT): the ACPI power button then makes
# the kernel signal init exactly as Ctrl-Alt-Del does.
power_keymap() {
  printf 'bkeymap'
  printf '\001'; head -c 255 /dev/zero
  local k
  for k in $(seq 0 127); do
    if [ "$k" = 116 ]; then printf '\014\002'; else printf '\000\002'; fi
  done
}

build_initramfs() {
  local pk="$CACHE/pkgroot" root="$IMAGE/initramfs.d"
  rm -rf "$root"; mkdir -p "$root"/{bin,etc/uz,lib/modules,lib64,proc,sys,dev,tmp,run,rt,data}
  cp "$pk/bin/busybox" "$root/bin/busybox"
  local a
  for a in sh mount umount insmod ip sleep cat cut echo mkdir chown poweroff loadkmap \
           setpriv start-stop-daemon pidof kill readlink printf tail tr seq sed; do
    ln -s busybox "$root/bin/$a"
  done
  # The glibc loader and the libraries the JVM and RocksDB link against.
  local gl="$pk/lib/x86_64-linux-gnu" ul="$pk/usr/lib/x86_64-linux-gnu" l
  mkdir -p "$root/lib/x86_64-linux-gnu"
  for l in ld-linux-x86-64.so.2 libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1 libz.so.1 libgcc_s.so.1; do
    if [ -e "$gl/$l" ]; then cp -L "$gl/$l" "$root/lib/x86_64-linux-gnu/$l"; else die "$l missing from the Debian packages"; fi
  done
  cp -L "$ul/libstdc++.so.6" "$root/lib/x86_64-linux-gnu/libstdc++.so.6"
  cp -L "$ul/libsodium.so.23" "$root/lib/x86_64-linux-gnu/libsodium.so.23"
  ln -s ../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2 "$root/lib64/ld-linux-x86-64.so.2"
  # Kernel modules, flat, with the load order.
  local kdir; kdir="$(ls -d "$pk"/lib/modules/*/ | head -1)"
  : > "$root/lib/modules/order"
  while read -r f; do
    cp "$f" "$root/lib/modules/"
    basename "$f" .ko >> "$root/lib/modules/order"
  done < <(module_order "$kdir" "${GUEST_KMODS[@]}")
  info "kernel modules: $(tr '\n' ' ' < "$root/lib/modules/order")"
  install -m 0644 "$HERE/guest/inittab" "$root/etc/inittab"
  install -m 0755 "$HERE/guest/boot" "$HERE/guest/node" "$HERE/guest/halt" "$root/etc/uz/"
  power_keymap > "$root/etc/uz/power.kmap"
  # The node's unprivileged account (owner of its data directory; no login shell).
  printf 'root:x:0:0::/:/bin/false\nnode:x:1000:1000::/data:/bin/false\n' > "$root/etc/passwd"
  printf 'root:x:0:\nnode:x:1000:\n' > "$root/etc/group"
  # The kernel runs /init: busybox, as init (it dispatches on its name).
  ln -s bin/busybox "$root/init"
  (cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc --quiet -R 0:0 | gzip -9) > "$IMAGE/initramfs.img"
}

stage_runtime_disk() {
  local rt="$IMAGE/stage/rt"
  rm -rf "$IMAGE/stage"; mkdir -p "$rt/app/lib" "$rt/native"
  cp -a "$RUNTIME" "$rt/runtime"
  rm -f "$rt/runtime/unikernel-z.aot" "$rt/runtime/modules.txt"
  cp -p "$NODE_JAR" "$rt/app/"
  local j cp="/rt/app/$(basename "$NODE_JAR")"
  while read -r j; do
    [ "$j" = "$NODE_JAR" ] && continue
    local b; b="$(basename "$j")"
    if unzip -l "$j" 'librocksdbjni-linux64.so' >/dev/null 2>&1; then
      # RocksDB: ship the one native library unpacked (loaded by java.library.path, no copy
      # to /tmp) and the jar's classes without the other platforms' libraries.
      unzip -qo "$j" librocksdbjni-linux64.so -d "$rt/native"
      command -v strip >/dev/null 2>&1 && strip --strip-unneeded "$rt/native/librocksdbjni-linux64.so" 2>/dev/null || true
      local t; t="$(mktemp -d)"
      (cd "$t" && unzip -q "$j" -x '*.so' '*.dll' '*.jnilib' && "$JDK/bin/jar" --create --file "$rt/app/lib/$b" --no-manifest -C "$t" .)
      rm -rf "$t"
    else
      cp -p "$j" "$rt/app/lib/$b"
    fi
    cp="$cp:/rt/app/lib/$b"
  done < <(node_jars)
  echo "$cp" > "$rt/app/classpath"
  echo "${GUEST_JVM_FLAGS[*]}" > "$rt/jvm.options"
}

train_guest_aot() {
  local rt="$IMAGE/stage/rt"
  # Trained on the host with the guest's layout: the JVM accepts a class path whose jars
  # moved together (same relative layout), so /rt/... in the guest matches.
  local cp; cp="$(sed "s#/rt/#$rt/#g" "$rt/app/classpath")"
  train_aot "$rt/runtime/bin/java" "$cp" "$rt/unikernel-z.aot" "$IMAGE/aot-training.log" \
    "${GUEST_JVM_FLAGS[@]}" -Xmx160m -Djava.library.path="$rt/native"
}

# The runtime disk is squashfs: read-only by construction (no write code path at all) and
# zstd-compressed (the AOT cache and libjvm shrink ~4x; an ext4 disk made the image ~125 MB).
make_runtime_fs() { # make_runtime_fs SRC_DIR IMG
  rm -f "$2"
  mksquashfs "$1" "$2" -comp zstd -Xcompression-level 19 -b 256K -all-root -noappend -quiet -no-progress \
    -processors 2 >/dev/null
}

cmd_build() {
  need_node
  need_tools mksquashfs:squashfs-tools cpio:cpio unzip:unzip dpkg-deb:dpkg
  mkdir -p "$IMAGE"
  local t0=$SECONDS
  if runtime_fresh; then say "slim runtime: up to date ($RUNTIME)"; else say "slim runtime"; jlink_runtime "$RUNTIME"; fi
  say "Debian packages: kernel (cloud), busybox-static, glibc, libstdc++, libgcc, libsodium"
  fetch_debs
  cp "$(ls "$CACHE"/pkgroot/boot/vmlinuz-* | head -1)" "$IMAGE/vmlinuz"
  say "initramfs: busybox init, glibc, virtio modules"
  build_initramfs
  say "runtime disk: slim runtime, node jars, RocksDB native library"
  stage_runtime_disk
  say "AOT cache for the guest: training run of the devnet"
  train_guest_aot
  make_runtime_fs "$IMAGE/stage/rt" "$IMAGE/runtime.img"
  rm -rf "$IMAGE/initramfs.d"
  say "built in $((SECONDS - t0)) s:"
  local f total=0
  for f in vmlinuz initramfs.img runtime.img; do
    printf '    %-16s %6s\n' "$f" "$(size_of "$IMAGE/$f")" >&2
    total=$((total + $(stat -c %s "$IMAGE/$f")))
  done
  printf '    %-16s %6s MB   (kernel + initramfs + runtime disk)\n' "total" "$((total / 1048576))" >&2
  info "runtime disk holds: runtime $(size_of "$IMAGE/stage/rt/runtime"), app $(size_of "$IMAGE/stage/rt/app"), native $(size_of "$IMAGE/stage/rt/native"), AOT cache $( [ -f "$IMAGE/stage/rt/unikernel-z.aot" ] && size_of "$IMAGE/stage/rt/unikernel-z.aot" || echo none)"
  info "the data disk is created by the first 'image run' (default $IMAGE/data.ext4)"
}

# ---------------------------------------------------------------------------------------
# run: qemu

qemu_accel() {
  if [ -n "${UNIKERNELZ_ACCEL:-}" ]; then echo "$UNIKERNELZ_ACCEL"; return; fi
  local cached="$IMAGE/accel"
  if [ -f "$cached" ] && [ "$cached" -nt "$IMAGE/vmlinuz" ]; then cat "$cached"; return; fi
  local a=tcg
  # /dev/kvm can exist while nested KVM fails: only a real boot decides.
  if [ -r /dev/kvm ] && [ -w /dev/kvm ]; then
    local out
    out="$(timeout 30 qemu-system-x86_64 -M pc,accel=kvm -cpu host -m 128 -no-reboot -nodefaults -nographic \
      -serial stdio -monitor none -kernel "$IMAGE/vmlinuz" -initrd "$IMAGE/initramfs.img" \
      -append "console=ttyS0 panic=-1 quiet uz.probe=1" </dev/null 2>&1)" || true
    case "$out" in *"uz: probe ok"*) a=kvm ;; esac
  fi
  echo "$a" > "$cached"
  echo "$a"
}

# CPU seconds qemu (and its threads) used so far: under TCG a steadier figure than wall time
# on a busy host.
qemu_cpu() {
  local p="$1" c
  c="$(pgrep -P "$p" qemu-system-x86 2>/dev/null | head -1)"; [ -n "$c" ] && p="$c"
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$p/stat" 2>/dev/null || echo "?"
}

run_usage() {
  cat <<EOF
usage: image.sh run [--data DISK] [--data-size SIZE] [--memory MB] [--heap MB] [--cpus N]
                    [--rpc-port P] [--ws-port P] [--p2p-port P] [--network devnet|testnet|mainnet]
                    [--accel auto|kvm|tcg] [--timeout S] [--boot-timeout S]
                    [--console FILE] [--append 'uz.x=y ...'] [--forward HOSTPORT:GUESTPORT]...
Boots build/image under qemu; the node's RPC answers on 127.0.0.1:P (default 35997 HTTP,
35998 WS, p2p 35995). Ctrl-C (or SIGTERM) presses the guest's power button: the node stops,
flushes, and the guest powers off.
EOF
}

cmd_run() {
  local data="$IMAGE/data.ext4" data_size=8G mem=256 heap="" rpc=35997 ws=35998 p2p=35995 network=devnet
  local accel=auto timeout=0 boot_timeout=300 console="" append="" fwd=() cpus=1
  while [ $# -gt 0 ]; do
    case "$1" in
      --data) data="$2"; shift 2 ;;
      --data-size) data_size="$2"; shift 2 ;;
      --memory) mem="$2"; shift 2 ;;
      --cpus) cpus="$2"; shift 2 ;;
      --heap) heap="$2"; shift 2 ;;
      --rpc-port) rpc="$2"; shift 2 ;;
      --ws-port) ws="$2"; shift 2 ;;
      --p2p-port) p2p="$2"; shift 2 ;;
      --network) network="$2"; shift 2 ;;
      --accel) accel="$2"; shift 2 ;;
      --timeout) timeout="$2"; shift 2 ;;
      --boot-timeout) boot_timeout="$2"; shift 2 ;;
      --console) console="$2"; shift 2 ;;
      --append) append="$2"; shift 2 ;;
      --forward) fwd+=("$2"); shift 2 ;;
      -h|--help) run_usage; return 0 ;;
      *) run_usage >&2; die "unknown option $1" ;;
    esac
  done
  local f
  for f in vmlinuz initramfs.img runtime.img; do
    [ -f "$IMAGE/$f" ] || die "no $IMAGE/$f: run './unikernel-z image build' first"
  done
  need_tools qemu-system-x86_64:qemu-system-x86 mkfs.ext4:e2fsprogs
  [ -n "$heap" ] || heap=$(( mem * 5 / 8 ))
  if [ ! -f "$data" ]; then
    say "creating data disk $data ($data_size, sparse)"
    mkdir -p "$(dirname "$data")"
    truncate -s "$data_size" "$data"
    mkfs.ext4 -q -F -L uz-data -m 0 "$data" >/dev/null
  fi
  [ "$accel" = auto ] && accel="$(qemu_accel)"
  local cpu=max; [ "$accel" = kvm ] && cpu=host
  local hostfwd="hostfwd=tcp:127.0.0.1:$rpc-:35997,hostfwd=tcp:127.0.0.1:$ws-:35998,hostfwd=tcp:127.0.0.1:$p2p-:35995"
  for f in ${fwd[@]+"${fwd[@]}"}; do hostfwd="$hostfwd,hostfwd=tcp:127.0.0.1:${f%%:*}-:${f#*:}"; done
  # The i440fx PC: ACPI gives the power button and power-off. (qemu's microvm was tried: with
  # ACPI this kernel stalls calibrating its clock under TCG; without ACPI it cannot find
  # virtio-mmio devices, as Debian's cloud kernel lacks VIRTIO_MMIO_CMDLINE_DEVICES.)
  local blk=virtio-blk-pci net=virtio-net-pci mach="pc,accel=$accel"
  local dir; dir="$(mktemp -d)"
  mkfifo "$dir/mon.in" "$dir/mon.out"
  [ -n "$console" ] || console="$dir/console.log"
  : > "$console"
  local cmdline="console=ttyS0 panic=-1 quiet i8042.noaux uz.network=$network uz.heap=$heap $append"
  say "booting ($accel, ${mem} MB): RPC on 127.0.0.1:$rpc, WS :$ws, p2p :$p2p, data $data"
  # A session of its own: the terminal's Ctrl-C reaches this script only, which then
  # presses the power button instead of letting qemu die on the signal.
  # With a run time limit, qemu also gets a hard one: it outlives this script only that long.
  local cap=()
  [ "$timeout" != 0 ] && cap=(timeout --signal=KILL $((timeout + 180)))
  setsid ${cap[@]+"${cap[@]}"} qemu-system-x86_64 -M "$mach" -cpu "$cpu" -m "$mem" -smp "$cpus" -nodefaults -no-user-config \
    -nographic -no-reboot \
    -chardev stdio,id=con,signal=off,logfile="$console" -serial chardev:con \
    -chardev pipe,id=mon,path="$dir/mon" -mon chardev=mon,mode=readline \
    -kernel "$IMAGE/vmlinuz" -initrd "$IMAGE/initramfs.img" -append "$cmdline" \
    -drive "file=$IMAGE/runtime.img,format=raw,if=none,id=rt,readonly=on" -device "$blk,drive=rt,serial=uz-runtime" \
    -drive "file=$data,format=raw,if=none,id=data,cache=writeback" -device "$blk,drive=data,serial=uz-data" \
    -netdev "user,id=n0,restrict=off,$hostfwd" -device "$net,netdev=n0,romfile=" \
    </dev/null &
  local qpid=$!
  exec 7<>"$dir/mon.in"
  cat "$dir/mon.out" > "$dir/monitor.log" 2>/dev/null &
  local catpid=$!
  local stopping=0
  stop_guest() {
    [ $stopping = 1 ] && return 0
    stopping=1
    say "power button: asking the guest to shut down"
    echo system_powerdown >&7 2>/dev/null || true
    local i=0
    while kill -0 $qpid 2>/dev/null && [ $i -lt 900 ]; do sleep 0.1; i=$((i + 1)); done
    if kill -0 $qpid 2>/dev/null; then say "guest did not power off in 90 s: stopping qemu"; kill $qpid 2>/dev/null || true; fi
  }
  trap 'stop_guest' INT TERM
  local t0=$SECONDS ready=0
  while kill -0 $qpid 2>/dev/null; do
    if [ $ready = 0 ]; then
      if [ -n "$(frontier_height "$rpc")" ]; then
        ready=1; say "node answers on 127.0.0.1:$rpc after $((SECONDS - t0)) s ($(qemu_cpu $qpid) s of qemu CPU time)"
      elif [ $((SECONDS - t0)) -ge "$boot_timeout" ]; then
        say "no RPC answer within $boot_timeout s"; stop_guest; break
      fi
    fi
    if [ "$timeout" != 0 ] && [ $((SECONDS - t0)) -ge "$timeout" ]; then
      say "run time limit ($timeout s) reached"; stop_guest; break
    fi
    sleep 0.5 & wait $! || true
  done
  local rc=0
  wait $qpid || rc=$?
  trap - INT TERM
  exec 7>&-
  kill $catpid 2>/dev/null || true
  rm -rf "$dir"
  if grep -q 'uz: powered off cleanly' "$console" 2>/dev/null; then say "guest powered off cleanly"; fi
  [ $ready = 1 ] || return 3
  return 0
}

case "${1:-}" in
  runtime) shift; cmd_runtime "$@" ;;
  build) shift; cmd_build "$@" ;;
  run) shift; cmd_run "$@" ;;
  accel) shift; qemu_accel ;;
  *) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; [ -n "${1:-}" ] && exit 2 || exit 0 ;;
esac
