//go:build tools

// Package tools pins the canonical/maas Terraform provider built by scripts/toolchain.sh (see go.mod for the version).
package tools

import (
	_ "terraform-provider-maas"
)
