terraform {
  # optional() defaults need 1.3; mock_provider in tests/ needs 1.7 (tests only).
  required_version = ">= 1.5.0"

  required_providers {
    maas = {
      # 1.3.1 declares allocate_params/deploy_params as sets, 2.x as lists: block syntax fits both.
      source  = "canonical/maas"
      version = ">= 1.3.1, < 3.0.0"
    }
  }
}
