//go:build tools

// Package tools pins the bpg/proxmox Terraform provider built by scripts/toolchain.sh (see go.mod for the version).
package tools

import (
	_ "github.com/bpg/terraform-provider-proxmox"
)
