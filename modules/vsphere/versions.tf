terraform {
  # optional() defaults need 1.3; mock_provider in tests/ needs 1.7 (tests only).
  required_version = ">= 1.5.0"

  required_providers {
    vsphere = {
      # vmware/vsphere since v2.13.0; the same provider was published as hashicorp/vsphere before.
      # Only arguments present in both 1.26 and 2.x are used.
      source  = "vmware/vsphere"
      version = ">= 1.26.0, < 3.0.0"
    }
  }
}
