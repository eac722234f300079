terraform {
  # optional() defaults need 1.3; mock_provider in tests/ needs 1.7 (tests only).
  required_version = ">= 1.5.0"
}
