//go:build tools

// Package tools pins the vmware/vcd Terraform provider built by scripts/toolchain.sh (see go.mod for the version).
package tools

import (
	_ "github.com/vmware/terraform-provider-vcd/v3"
)
