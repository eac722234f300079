#!/usr/bin/env bash
# Checks every Terraform module under modules/: formatting, `validate` of the module and
# of its examples/basic, `test` (mock providers) and README tables (terraform-docs --output-check;
# `terraform-docs --config modules/.terraform-docs.yml modules/NAME` rewrites them).
#
#   modules/test.sh                 all modules with terraform
#   TF=tofu modules/test.sh         same with OpenTofu; its 1.6 has no mock_provider, so only test
#                                   files without mocks run (pool) unless TF_TEST=1
#   modules/test.sh vsphere maas    only these modules
#
# Providers come from wherever the CLI config points (scripts/toolchain.sh --print-env sets a
# filesystem mirror). .terraform/ and .terraform.lock.hcl made here are removed on exit.
# Exits non-zero when anything fails and names the module and step.
set -uo pipefail

MODULES_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TF=${TF:-terraform}
ALL_MODULES=(pool vsphere vcd proxmox maas)
if [ $# -gt 0 ]; then MODULES=("$@"); else MODULES=("${ALL_MODULES[@]}"); fi

case "$("$TF" version 2>/dev/null | head -n1)" in
  OpenTofu*) RUN_TESTS=${TF_TEST:-0} ;;
  Terraform*) RUN_TESTS=${TF_TEST:-1} ;;
  *) echo "modules/test.sh: cannot run '$TF version'" >&2; exit 2 ;;
esac

# Only the checked modules' folders: another check may be using the others'.
cleanup() {
  local m
  for m in "${MODULES[@]}"; do
    [ -d "$MODULES_DIR/$m" ] || continue
    find "$MODULES_DIR/$m" -name .terraform -type d -prune -exec rm -rf {} +
    find "$MODULES_DIR/$m" -name .terraform.lock.hcl -type f -delete
  done
}
trap cleanup EXIT

FAILED=()
fail() { # module step
  echo "FAIL: $1: $2" >&2
  FAILED+=("$1: $2")
}

run_in() { # dir command...
  local dir=$1
  shift
  (cd "$dir" && "$@")
}

# README tables must be what terraform-docs writes from variables.tf and outputs.tf.
check_docs() { # module
  if ! command -v terraform-docs >/dev/null; then
    echo "terraform-docs not found: eval \"\$(scripts/toolchain.sh --print-env)\"" >&2
    return 1
  fi
  terraform-docs --config "$MODULES_DIR/.terraform-docs.yml" --output-check "$MODULES_DIR/$1" >/dev/null
}

echo "== $TF fmt -check -recursive modules"
run_in "$MODULES_DIR" "$TF" fmt -check -recursive -diff . || fail "modules" "fmt -check"

for m in "${MODULES[@]}"; do
  dir=$MODULES_DIR/$m
  if [ ! -d "$dir" ]; then
    fail "$m" "no such module"
    continue
  fi

  echo "== $m: README tables"
  check_docs "$m" || fail "$m" "README tables"

  # Without mock_provider support (OpenTofu 1.6) the test files cannot even be parsed:
  # point init at a test directory that does not exist and validate without tests.
  init_args=(-backend=false -input=false -no-color)
  validate_args=(-no-color)
  if [ "$RUN_TESTS" != 1 ]; then
    init_args+=(-test-directory=.no-tests)
    validate_args+=(-no-tests)
  fi

  for target in "$dir" "$dir/examples/basic"; do
    label=$m${target#"$dir"}
    echo "== $label: init + validate"
    if ! init_out=$(run_in "$target" "$TF" init "${init_args[@]}" 2>&1); then
      echo "$init_out" >&2
      fail "$label" "init"
      continue
    fi
    run_in "$target" "$TF" validate "${validate_args[@]}" || fail "$label" "validate"
  done

  # Test files without mocks (pool) run on any version.
  run_tests=$RUN_TESTS
  if [ "$run_tests" != 1 ] && ! grep -qE '^\s*(mock_provider|override_(data|resource|module))\b' "$dir"/tests/*.tftest.hcl; then
    run_tests=1
  fi
  if [ "$run_tests" = 1 ]; then
    echo "== $m: test"
    run_in "$dir" "$TF" test -no-color || fail "$m" "test"
  else
    echo "== $m: test skipped ($TF has no mock_provider; TF_TEST=1 forces it)"
  fi
done

if [ ${#FAILED[@]} -gt 0 ]; then
  echo
  echo "modules/test.sh: ${#FAILED[@]} failure(s):" >&2
  printf '  %s\n' "${FAILED[@]}" >&2
  exit 1
fi
echo
echo "modules/test.sh: all checks passed with $("$TF" version | head -n1)"
