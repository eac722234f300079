//go:build tools

// Package tools pins terraform-docs (see go.mod for the version); scripts/toolchain.sh builds
// it from here because the module proxy refuses `go install` of it (no version list).
package tools

import (
	_ "github.com/terraform-docs/terraform-docs"
)
