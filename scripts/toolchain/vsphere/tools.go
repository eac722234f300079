//go:build tools

// Package tools pins the vSphere Terraform provider built by scripts/toolchain.sh (see go.mod for the version).
package tools

import (
	_ "github.com/hashicorp/terraform-provider-vsphere"
)
