# One failing plan per validation and precondition: no provider involved.

variables {
  control_plane      = "tcp-alpha"
  pool_name          = "default"
  replicas           = 3
  kubernetes_version = "v1.31.4"
  join_url           = "10.0.0.100:6443"
  join_token         = "abcdef.0123456789abcdef"
  join_ca_cert_hash  = "sha256:345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3"
}

run "invalid_control_plane" {
  command = plan
  variables {
    control_plane = "TCP_alpha"
  }
  expect_failures = [var.control_plane]
}

run "invalid_pool_name" {
  command = plan
  variables {
    pool_name = "default-"
  }
  expect_failures = [var.pool_name]
}

run "invalid_replicas" {
  command = plan
  variables {
    replicas = 1.5
  }
  expect_failures = [var.replicas]
}

run "invalid_cpus" {
  command = plan
  variables {
    cpus = 0
  }
  expect_failures = [var.cpus]
}

run "invalid_memory_mib" {
  command = plan
  variables {
    memory_mib = 4098
  }
  expect_failures = [var.memory_mib]
}

run "invalid_disk_gib" {
  command = plan
  variables {
    disk_gib = 0
  }
  expect_failures = [var.disk_gib]
}

run "invalid_domain" {
  command = plan
  variables {
    domain = "Example.com"
  }
  expect_failures = [var.domain]
}

run "invalid_kubernetes_version" {
  command = plan
  variables {
    kubernetes_version = "latest"
  }
  expect_failures = [var.kubernetes_version]
}

run "invalid_join_url" {
  command = plan
  variables {
    join_url = "https://10.0.0.100:6443"
  }
  expect_failures = [var.join_url]
}

run "invalid_join_token" {
  command = plan
  variables {
    join_token = "abcdef"
  }
  expect_failures = [var.join_token]
}

run "invalid_join_ca_cert_hash" {
  command = plan
  variables {
    join_ca_cert_hash = "sha256:XYZ"
  }
  expect_failures = [var.join_ca_cert_hash]
}

run "invalid_node_label_syntax" {
  command = plan
  variables {
    node_labels = { "example.com/pool" = "-bad-" }
  }
  expect_failures = [var.node_labels]
}

run "node_label_refused_by_kubelet" {
  command = plan
  variables {
    node_labels = { "node-role.kubernetes.io/worker" = "" }
  }
  expect_failures = [var.node_labels]
}

run "invalid_node_taint" {
  command = plan
  variables {
    node_taints = [{ key = "example.com/dedicated", effect = "NoDeploy" }]
  }
  expect_failures = [var.node_taints]
}

run "invalid_ssh_authorized_key" {
  command = plan
  variables {
    ssh_authorized_keys = ["-----BEGIN OPENSSH PRIVATE KEY-----"]
  }
  expect_failures = [var.ssh_authorized_keys]
}

run "invalid_extra_package" {
  command = plan
  variables {
    extra_packages = ["curl && reboot"]
  }
  expect_failures = [var.extra_packages]
}

run "invalid_yaki_url" {
  command = plan
  variables {
    yaki_url = "ftp://goyaki.clastix.io"
  }
  expect_failures = [var.yaki_url]
}

run "invalid_yaki_sha256" {
  command = plan
  variables {
    yaki_sha256 = "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
  }
  expect_failures = [var.yaki_sha256]
}

run "invalid_static_ipv4_address" {
  command = plan
  variables {
    static_ipv4 = { first_address = "10.0.0.300", last_address = "10.0.0.19", prefix_length = 24, gateway = "10.0.0.1" }
  }
  expect_failures = [var.static_ipv4]
}

run "invalid_static_ipv4_prefix_length" {
  command = plan
  variables {
    static_ipv4 = { first_address = "10.0.0.10", last_address = "10.0.0.19", prefix_length = 33, gateway = "10.0.0.1" }
  }
  expect_failures = [var.static_ipv4]
}

run "static_ipv4_range_reversed" {
  command = plan
  variables {
    static_ipv4 = { first_address = "10.0.0.19", last_address = "10.0.0.10", prefix_length = 24, gateway = "10.0.0.1" }
  }
  expect_failures = [var.static_ipv4]
}

run "static_ipv4_gateway_inside_range" {
  command = plan
  variables {
    static_ipv4 = { first_address = "10.0.0.1", last_address = "10.0.0.19", prefix_length = 24, gateway = "10.0.0.1" }
  }
  expect_failures = [var.static_ipv4]
}

run "static_ipv4_range_outside_gateway_subnet" {
  command = plan
  variables {
    static_ipv4 = { first_address = "10.0.1.10", last_address = "10.0.1.19", prefix_length = 24, gateway = "10.0.0.1" }
  }
  expect_failures = [var.static_ipv4]
}

run "invalid_nameserver" {
  command = plan
  variables {
    nameservers = ["dns.example.com"]
  }
  expect_failures = [var.nameservers]
}

run "invalid_search_domain" {
  command = plan
  variables {
    search_domains = ["example..com"]
  }
  expect_failures = [var.search_domains]
}

run "node_name_longer_than_63" {
  command = plan
  variables {
    control_plane = "tcp-0123456789abcdef0123456789abcdef"
    pool_name     = "pool-0123456789abcdef"
  }
  expect_failures = [output.machines]
}

run "static_range_smaller_than_replicas" {
  command = plan
  variables {
    static_ipv4 = { first_address = "10.0.0.10", last_address = "10.0.0.11", prefix_length = 24, gateway = "10.0.0.1" }
  }
  expect_failures = [output.machines]
}

run "invalid_base_package" {
  command = plan
  variables {
    base_packages = ["curl; reboot"]
  }
  expect_failures = [var.base_packages]
}

run "invalid_network_interface" {
  command = plan
  variables {
    network_interface = "a very long interface name"
  }
  expect_failures = [var.network_interface]
}
