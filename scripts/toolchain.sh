#!/usr/bin/env bash
# Builds the pinned test toolchain from source with Go: terraform, tofu, vcsim,
# etcd, kube-apiserver, kube-controller-manager, kubeadm, terraform-docs and the four real
# Terraform providers our modules use, plus a provider filesystem mirror and a
# CLI config that installs providers from that mirror only.
#
#   scripts/toolchain.sh               build what is missing (idempotent)
#   scripts/toolchain.sh NAME...       build only these pieces (names below)
#   scripts/toolchain.sh --print-env   print `export` lines; builds nothing
#   scripts/toolchain.sh --check       print the version of every built piece
#
#   eval "$(scripts/toolchain.sh --print-env)"
#
# Everything lands in ${NODEPOOL_TOOLCHAIN_DIR:-$HOME/.cache/nodepool-toolchain}:
#   bin/NAME-VERSION and bin/NAME -> NAME-VERSION     (tools, put on PATH)
#   providers/terraform-provider-TYPE_vVERSION          (provider builds)
#   mirror/HOST/NAMESPACE/TYPE/VERSION/linux_amd64/    (unpacked mirror, hard links)
#   terraform.tfrc                                      (TF_CLI_CONFIG_FILE)
#   logs/NAME.log                                       (Go output of the last build)
# A piece whose versioned file exists is not built again.
#
# Only the Go module proxy is needed. Providers, Kubernetes and etcd are built
# through the small wrapper modules in scripts/toolchain/<name>/ whose go.mod and
# go.sum pin every dependency (`go install PKG@VERSION` of those is refused by
# the proxy here, and the MAAS provider's module path is not a URL).
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WRAPPERS=$SCRIPT_DIR/toolchain

TOOLCHAIN_DIR=${NODEPOOL_TOOLCHAIN_DIR:-$HOME/.cache/nodepool-toolchain}
case $TOOLCHAIN_DIR in
  /*) ;;
  *) TOOLCHAIN_DIR=$PWD/$TOOLCHAIN_DIR ;;
esac
BIN_DIR=$TOOLCHAIN_DIR/bin
PROVIDERS_DIR=$TOOLCHAIN_DIR/providers
MIRROR_DIR=$TOOLCHAIN_DIR/mirror
LOG_DIR=$TOOLCHAIN_DIR/logs
CLI_CONFIG=$TOOLCHAIN_DIR/terraform.tfrc

TERRAFORM_VERSION=1.8.5
TOFU_VERSION=1.6.3
# The OpenTofu users pick today (per-schema pg locks, -exclude, state encryption), beside the
# oldest one we support.
TOFU_CURRENT_VERSION=1.12.6
VCSIM_VERSION=0.46.3
ETCD_VERSION=3.6.8
KUBERNETES_VERSION=1.36.3
PROXMOX_VERSION=0.111.1
VCD_VERSION=3.14.1
VSPHERE_VERSION=1.26.0
MAAS_VERSION=1.3.1
TERRAFORM_DOCS_VERSION=0.24.0

# Tools: name|version|how|what|ldflags
#   how = install: `go install what@vVERSION`
#   how = wrapper DIR: `go build what` inside scripts/toolchain/DIR
#   how = module: `go build what` inside a writable copy of the module itself (for a module whose
#         go.mod holds `replace` directives, which `go install` refuses)
TOOLS=(
  "terraform|$TERRAFORM_VERSION|install|github.com/hashicorp/terraform|-X github.com/hashicorp/terraform/version.dev=no"
  "tofu|$TOFU_VERSION|install|github.com/opentofu/opentofu/cmd/tofu|-X github.com/opentofu/opentofu/version.dev=no"
  "tofu-current|$TOFU_CURRENT_VERSION|module github.com/opentofu/opentofu|./cmd/tofu|-X github.com/opentofu/opentofu/version.dev=no"
  "vcsim|$VCSIM_VERSION|install|github.com/vmware/govmomi/vcsim|-X main.buildVersion=v$VCSIM_VERSION"
  "etcd|$ETCD_VERSION|wrapper etcd|.|"
  "kube-apiserver|$KUBERNETES_VERSION|wrapper kubernetes|k8s.io/kubernetes/cmd/kube-apiserver|KUBE"
  "kube-controller-manager|$KUBERNETES_VERSION|wrapper kubernetes|k8s.io/kubernetes/cmd/kube-controller-manager|KUBE"
  "kubeadm|$KUBERNETES_VERSION|wrapper kubernetes|k8s.io/kubernetes/cmd/kubeadm|KUBE"
  "terraform-docs|$TERRAFORM_DOCS_VERSION|wrapper terraform-docs|github.com/terraform-docs/terraform-docs|"
)

# Providers: name|type|version|wrapper dir|package|ldflags
PROVIDERS=(
  "proxmox|proxmox|$PROXMOX_VERSION|proxmox|github.com/bpg/terraform-provider-proxmox|-X main.version=$PROXMOX_VERSION"
  "vcd|vcd|$VCD_VERSION|vcd|github.com/vmware/terraform-provider-vcd/v3|-X github.com/vmware/terraform-provider-vcd/v3/vcd.BuildVersion=v$VCD_VERSION"
  "vsphere|vsphere|$VSPHERE_VERSION|vsphere|github.com/hashicorp/terraform-provider-vsphere|"
  "maas|maas|$MAAS_VERSION|maas|terraform-provider-maas|-X main.version=$MAAS_VERSION"
)

# Mirror addresses: namespace/type|provider name. The vSphere build is the
# hashicorp-repo 1.26.0, published under both namespaces because our modules
# say `source = "vmware/vsphere"`.
MIRROR_HOSTS=(registry.terraform.io registry.opentofu.org)
MIRROR_ADDRESSES=(
  "bpg/proxmox|proxmox"
  "vmware/vcd|vcd"
  "vmware/vsphere|vsphere"
  "hashicorp/vsphere|vsphere"
  "canonical/maas|maas"
)

# Kubernetes reads its version from linker flags (hack/lib/version.sh sets the
# same variables); without them the binaries claim v0.0.0-master.
kube_ldflags() {
  local pkg out=""
  for pkg in k8s.io/client-go/pkg/version k8s.io/component-base/version; do
    out+=" -X $pkg.gitVersion=v$KUBERNETES_VERSION"
    out+=" -X $pkg.gitMajor=${KUBERNETES_VERSION%%.*}"
    out+=" -X $pkg.gitMinor=$(cut -d. -f2 <<<"$KUBERNETES_VERSION")"
    out+=" -X $pkg.gitTreeState=clean"
  done
  echo "${out# }"
}

say() { printf 'toolchain: %s\n' "$*"; }
die() {
  printf 'toolchain: error: %s\n' "$*" >&2
  exit 1
}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'
  echo "Pieces: $(piece_names)"
}

piece_names() {
  local entry names=()
  for entry in "${TOOLS[@]}"; do names+=("${entry%%|*}"); done
  for entry in "${PROVIDERS[@]}"; do names+=("${entry%%|*}"); done
  echo "${names[*]}"
}

print_env() {
  printf 'export NODEPOOL_TOOLCHAIN_DIR=%q\n' "$TOOLCHAIN_DIR"
  printf 'export TF_CLI_CONFIG_FILE=%q\n' "$CLI_CONFIG"
  # shellcheck disable=SC2016 # $PATH is for the shell that evals this line
  printf 'export PATH=%q:"$PATH"\n' "$BIN_DIR"
}

setup_go() {
  if [[ -x /usr/local/go/bin/go ]]; then
    PATH=/usr/local/go/bin:$PATH
  fi
  command -v go >/dev/null || die "go not found (expected /usr/local/go/bin/go or go on PATH)"
  export PATH
  # Static binaries, no VCS stamping (the checkout may have no commits), no
  # go.work from somewhere above, and no GOFLAGS from the caller (e.g. -mod=mod).
  export CGO_ENABLED=0 GOWORK=off GOFLAGS=-buildvcs=false
  say "using $(go env GOVERSION) from $(command -v go)"
  GO_READY=1
}

# run_go NAME LOG CMD...: runs a Go command with its output in LOG; on failure
# names the piece, shows the tail of the output and exits.
run_go() {
  local name=$1 log=$2
  shift 2
  if ! "$@" >"$log" 2>&1; then
    printf 'toolchain: FAILED to build %s; last lines of Go output (%s):\n' "$name" "$log" >&2
    tail -n 40 "$log" | sed 's/^/    /' >&2
    exit 1
  fi
}

# Checks that the wrapper's go.mod pins the version this script expects, so a
# version bump in one place but not the other fails loudly.
check_wrapper() {
  local name=$1 dir=$2 module=$3 version=$4
  [[ -f $WRAPPERS/$dir/go.mod && -f $WRAPPERS/$dir/go.sum ]] ||
    die "$name: wrapper $WRAPPERS/$dir has no go.mod/go.sum"
  grep -Eq "^[[:space:]]*(require[[:space:]]+)?${module}[[:space:]]+v${version}([[:space:]]|$)" "$WRAPPERS/$dir/go.mod" ||
    die "$name: $WRAPPERS/$dir/go.mod does not require $module v$version"
}

SELECTED=()
wanted() {
  local n
  ((${#SELECTED[@]} == 0)) && return 0
  for n in "${SELECTED[@]}"; do [[ $n == "$1" ]] && return 0; done
  return 1
}

# build_piece NAME VERSION TARGET HOW WHAT LDFLAGS
build_piece() {
  local name=$1 version=$2 target=$3 how=$4 what=$5 ldflags=$6
  if [[ -x $target ]]; then
    say "$name $version cached"
    return 0
  fi
  [[ -n ${GO_READY-} ]] || setup_go
  [[ $ldflags == KUBE ]] && ldflags=$(kube_ldflags)
  local log=$LOG_DIR/$name.log tmp start
  tmp=$(mktemp -d "$TOOLCHAIN_DIR/tmp/$name.XXXXXX")
  start=$SECONDS
  case $how in
    install)
      # `go install` ignores any go.mod around it; run it from the cache dir anyway.
      (cd "$TOOLCHAIN_DIR" && run_go "$name $version" "$log" \
        env GOBIN="$tmp" go install -trimpath -ldflags "-s -w $ldflags" "$what@v$version")
      mv -f "$tmp/$(basename "$what")" "$target"
      ;;
    wrapper\ *)
      local dir=${how#wrapper }
      (cd "$WRAPPERS/$dir" && run_go "$name $version" "$log" \
        go build -mod=readonly -trimpath -ldflags "-s -w $ldflags" -o "$tmp/$name" "$what")
      mv -f "$tmp/$name" "$target"
      ;;
    module\ *)
      local module=${how#module } src
      src=$(cd "$TOOLCHAIN_DIR" && go mod download -json "$module@v$version" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')
      [[ -n $src ]] || die "$name: go mod download $module@v$version gave no folder"
      cp -R "$src" "$tmp/src"
      chmod -R u+w "$tmp/src"
      (cd "$tmp/src" && run_go "$name $version" "$log" \
        go build -trimpath -ldflags "-s -w $ldflags" -o "$tmp/$name" "$what")
      mv -f "$tmp/$name" "$target"
      rm -rf "$tmp/src"
      ;;
    *) die "unknown build kind '$how' for $name" ;;
  esac
  rmdir "$tmp"
  say "$name $version built in $((SECONDS - start))s"
}

build_all() {
  local entry name version how what ldflags dir type pkg
  mkdir -p "$BIN_DIR" "$PROVIDERS_DIR" "$MIRROR_DIR" "$LOG_DIR" "$TOOLCHAIN_DIR/tmp"
  # One build at a time per toolchain dir; then leftovers of an interrupted
  # build can be removed safely.
  if command -v flock >/dev/null; then
    exec 9>"$TOOLCHAIN_DIR/.lock"
    flock 9
  fi
  rm -rf "${TOOLCHAIN_DIR:?}/tmp/"*
  local total=$SECONDS

  for entry in "${PROVIDERS[@]}"; do
    IFS='|' read -r name type version dir pkg ldflags <<<"$entry"
    wanted "$name" || continue
    check_wrapper "$name" "$dir" "$pkg" "$version"
    build_piece "$name" "$version" "$PROVIDERS_DIR/terraform-provider-${type}_v$version" \
      "wrapper $dir" "$pkg" "$ldflags"
  done

  for entry in "${TOOLS[@]}"; do
    IFS='|' read -r name version how what ldflags <<<"$entry"
    wanted "$name" || continue
    case $how in
      "wrapper etcd") check_wrapper "$name" etcd go.etcd.io/etcd/server/v3 "$version" ;;
      "wrapper kubernetes") check_wrapper "$name" kubernetes k8s.io/kubernetes "$version" ;;
      "wrapper terraform-docs") check_wrapper "$name" terraform-docs github.com/terraform-docs/terraform-docs "$version" ;;
    esac
    build_piece "$name" "$version" "$BIN_DIR/$name-$version" "$how" "$what" "$ldflags"
    [[ $(readlink "$BIN_DIR/$name" 2>/dev/null) == "$name-$version" ]] ||
      ln -sfn "$name-$version" "$BIN_DIR/$name"
  done

  write_mirror
  write_cli_config
  say "done in $((SECONDS - total))s; use: eval \"\$($0 --print-env)\""
}

# Hard links (copies across file systems) of each provider build into the
# unpacked mirror layout, for both registry hosts. Versions we no longer pin
# are removed so a constraint cannot pick them up.
write_mirror() {
  local host entry addr pname type version src dst dir n=0 keep=()
  for entry in "${MIRROR_ADDRESSES[@]}"; do
    IFS='|' read -r addr pname <<<"$entry"
    local p
    for p in "${PROVIDERS[@]}"; do
      [[ ${p%%|*} == "$pname" ]] && IFS='|' read -r _ type version _ <<<"$p"
    done
    src=$PROVIDERS_DIR/terraform-provider-${type}_v$version
    for host in "${MIRROR_HOSTS[@]}"; do
      dir=$MIRROR_DIR/$host/$addr/$version/linux_amd64
      keep+=("$MIRROR_DIR/$host/$addr/$version")
      [[ -x $src ]] || continue
      dst=$dir/terraform-provider-${addr#*/}_v$version
      if [[ ! $dst -ef $src ]]; then
        mkdir -p "$dir"
        ln -f "$src" "$dst" 2>/dev/null || cp -f "$src" "$dst"
      fi
      n=$((n + 1))
    done
  done
  local existing k found
  while IFS= read -r existing; do
    found=
    for k in "${keep[@]}"; do [[ $existing == "$k" ]] && found=1; done
    [[ -n $found ]] || rm -rf "$existing"
  done < <(find "$MIRROR_DIR" -mindepth 4 -maxdepth 4 -type d)
  say "provider mirror: $n of $((${#MIRROR_ADDRESSES[@]} * ${#MIRROR_HOSTS[@]})) entries in $MIRROR_DIR"
}

write_cli_config() {
  local host entry includes="" tmp
  for host in "${MIRROR_HOSTS[@]}"; do
    for entry in "${MIRROR_ADDRESSES[@]}"; do
      includes+="      \"$host/${entry%%|*}\","$'\n'
    done
  done
  tmp=$(mktemp "$TOOLCHAIN_DIR/tmp/tfrc.XXXXXX")
  cat >"$tmp" <<EOF
# Written by scripts/toolchain.sh. Providers come only from the local mirror:
# there is no direct (registry) fallback.
disable_checkpoint = true

provider_installation {
  filesystem_mirror {
    path    = "$MIRROR_DIR"
    include = [
${includes}    ]
  }
}
EOF
  if cmp -s "$tmp" "$CLI_CONFIG"; then
    rm -f "$tmp"
  else
    mv -f "$tmp" "$CLI_CONFIG"
  fi
  say "CLI config: $CLI_CONFIG"
}

check() {
  local bad=0 name version entry type
  # Our CLI config, not whatever the caller's environment names.
  export TF_CLI_CONFIG_FILE=$CLI_CONFIG
  show() { # label file [args...]: runs file with args, or just checks it exists
    local label=$1 out
    shift
    if [[ ! -e $1 ]]; then
      printf '%-24s missing (%s)\n' "$label" "$1"
      bad=1
    elif out=$(if (($# > 1)); then "$@"; else echo "$1"; fi 2>&1); then
      printf '%-24s %s\n' "$label" "$(tr '\n' ' ' <<<"$out" | sed 's/ *$//')"
    else
      printf '%-24s broken: %s\n' "$label" "$(head -n1 <<<"$out")"
      bad=1
    fi
  }
  show terraform "$BIN_DIR/terraform" version
  show tofu "$BIN_DIR/tofu" version
  show tofu-current "$BIN_DIR/tofu-current" version
  show vcsim "$BIN_DIR/vcsim" version
  show etcd "$BIN_DIR/etcd" --version
  show kube-apiserver "$BIN_DIR/kube-apiserver" --version
  show kube-controller-manager "$BIN_DIR/kube-controller-manager" --version
  show kubeadm "$BIN_DIR/kubeadm" version -o short
  show terraform-docs "$BIN_DIR/terraform-docs" --version
  for entry in "${PROVIDERS[@]}"; do
    IFS='|' read -r name type version _ <<<"$entry"
    show "provider $name" "$PROVIDERS_DIR/terraform-provider-${type}_v$version"
  done
  show "CLI config" "$CLI_CONFIG"
  return "$bad"
}

main() {
  local mode=build arg
  for arg in "$@"; do
    case $arg in
      --print-env) mode=print-env ;;
      --check) mode=check ;;
      -h | --help) mode=help ;;
      -*) die "unknown option $arg (try --help)" ;;
      *)
        [[ " $(piece_names) " == *" $arg "* ]] || die "unknown piece '$arg'; pieces: $(piece_names)"
        SELECTED+=("$arg")
        ;;
    esac
  done
  case $mode in
    print-env) print_env ;;
    check) check ;;
    help) usage ;;
    build) build_all ;;
  esac
}

main "$@"
