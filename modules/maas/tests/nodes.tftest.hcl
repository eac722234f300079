# Plan and apply against a mock provider: node names, counts, addressing, user data,
# and that scaling down or a new join token never touches the nodes that stay. A mock
# provider cannot answer "requires replacement", so the lifecycle runs check that the planned
# values of existing nodes stay those of the apply (which is what ignore_changes guarantees).

mock_provider "maas" {}

variables {
  control_plane      = "tcp-alpha"
  pool_name          = "default"
  replicas           = 3
  kubernetes_version = "v1.31.4"
  join_url           = "10.0.0.100:6443"
  join_token         = "abcdef.0123456789abcdef"
  join_ca_cert_hash  = "sha256:345959acb2c3b2feb87d281961c893f62a314207ef02599f1cc4a5fb255480b3"
  maas = {
    pool          = "kamaji"
    tags          = ["worker"]
    distro_series = "noble"
  }
}

run "dhcp_nodes" {
  command = plan

  assert {
    condition     = keys(maas_instance.this) == ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"]
    error_message = "three nodes named <control_plane>-<pool_name>-node-NN"
  }

  assert {
    condition     = output.node_names == ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"]
    error_message = "node_names output must list the nodes lowest index first"
  }

  assert {
    condition = alltrue([for n, m in maas_instance.this :
      tolist(m.allocate_params)[0].min_cpu_count == 2 && tolist(m.allocate_params)[0].min_memory == 4096
      && tolist(m.allocate_params)[0].pool == "kamaji" && tolist(tolist(m.allocate_params)[0].tags) == tolist(["worker"])
      && tolist(m.deploy_params)[0].distro_series == "noble"
      && length(m.network_interfaces) == 0
    ])
    error_message = "allocation constraints and deploy parameters must follow the inputs"
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      startswith(tolist(maas_instance.this[n].deploy_params)[0].user_data, "#cloud-config\n")
      && yamldecode(tolist(maas_instance.this[n].deploy_params)[0].user_data).hostname == n
      && yamldecode(tolist(maas_instance.this[n].deploy_params)[0].user_data).fqdn == n
    ])
    error_message = "each node's user data is a cloud-config setting its own hostname"
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      !strcontains(tolist(maas_instance.this[n].deploy_params)[0].user_data, "JOIN_ASCP")
      && !strcontains(tolist(maas_instance.this[n].deploy_params)[0].user_data, "JoinConfiguration")
      && strcontains(tolist(maas_instance.this[n].deploy_params)[0].user_data, "JOIN_TOKEN='abcdef.0123456789abcdef'")
      && strcontains(tolist(maas_instance.this[n].deploy_params)[0].user_data, "KUBERNETES_VERSION='v1.31.4'")
    ])
    error_message = "the user data joins with the token and version, never with JOIN_ASCP, and without JoinConfiguration when there are no labels or taints"
  }
}

run "static_ipv4_assigns_consecutive_addresses" {
  command = plan

  variables {
    static_ipv4 = {
      first_address = "10.0.0.254"
      last_address  = "10.0.1.10"
      prefix_length = 23
      gateway       = "10.0.0.1"
    }
    nameservers    = ["10.0.0.2"]
    search_domains = ["example.com"]
    maas = {
      pool           = "kamaji"
      subnet_cidr    = "10.0.0.0/23"
      interface_name = "eno1"
    }
  }

  assert {
    condition     = [for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] : tolist(maas_instance.this[n].network_interfaces)[0].ip_address] == ["10.0.0.254", "10.0.0.255", "10.0.1.0"]
    error_message = "node i must get first_address + i, across the octet boundary"
  }

  assert {
    condition = alltrue([for m in values(maas_instance.this) :
      tolist(m.network_interfaces)[0].name == "eno1" && tolist(m.network_interfaces)[0].subnet_cidr == "10.0.0.0/23"
    ])
    error_message = "the address must be linked on the MAAS subnet"
  }

  assert {
    condition     = output.nodes["tcp-alpha-default-node-00"].ip_addresses == tolist(["10.0.0.254"]) && output.nodes["tcp-alpha-default-node-02"].ip_addresses == tolist(["10.0.1.0"])
    error_message = "the nodes output must show the static addresses"
  }
}

run "labels_and_taints_join_through_a_join_configuration" {
  command = plan

  variables {
    node_labels = { "example.com/pool" = "default" }
    node_taints = [{ key = "example.com/dedicated", value = "infra", effect = "NoSchedule" }]
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      yamldecode(yamldecode(tolist(maas_instance.this[n].deploy_params)[0].user_data).write_files[1].content).kind == "JoinConfiguration"
      && yamldecode(yamldecode(tolist(maas_instance.this[n].deploy_params)[0].user_data).write_files[1].content).nodeRegistration.name == n
      && strcontains(tolist(maas_instance.this[n].deploy_params)[0].user_data, "KUBEADM_CONFIG=")
      && !strcontains(tolist(maas_instance.this[n].deploy_params)[0].user_data, "JOIN_ASCP")
    ])
    error_message = "labels and taints need a JoinConfiguration per node passed with KUBEADM_CONFIG"
  }
}

run "zero_replicas" {
  command = plan

  variables {
    replicas = 0
  }

  assert {
    condition     = length(maas_instance.this) == 0 && length(output.nodes) == 0 && length(output.node_names) == 0
    error_message = "zero replicas create no node"
  }
}

run "subnet_without_static_address_links_auto" {
  command = plan

  variables {
    maas = {
      subnet_cidr    = "10.0.0.0/24"
      interface_name = "eno1"
    }
  }

  assert {
    condition     = tolist(maas_instance.this["tcp-alpha-default-node-00"].network_interfaces)[0].ip_address == null
    error_message = "without static_ipv4 MAAS picks the address (AUTO)"
  }
}

run "static_ipv4_needs_a_subnet" {
  command = plan
  variables {
    static_ipv4 = { first_address = "10.0.0.10", last_address = "10.0.0.19", prefix_length = 24, gateway = "10.0.0.1" }
  }
  expect_failures = [maas_instance.this]
}

run "static_ipv4_outside_the_subnet" {
  command = plan
  variables {
    static_ipv4 = { first_address = "10.0.0.10", last_address = "10.0.0.19", prefix_length = 24, gateway = "10.0.0.1" }
    maas        = { subnet_cidr = "10.1.0.0/24", interface_name = "eno1" }
  }
  expect_failures = [maas_instance.this]
}

run "invalid_maas_subnet_cidr" {
  command = plan
  variables {
    maas = { subnet_cidr = "10.0.0.0", interface_name = "eno1" }
  }
  expect_failures = [var.maas]
}

run "maas_subnet_without_interface" {
  command = plan
  variables {
    maas = { subnet_cidr = "10.0.0.0/24" }
  }
  expect_failures = [var.maas]
}

run "invalid_maas_tags" {
  command = plan
  variables {
    maas = { tags = [" "] }
  }
  expect_failures = [var.maas]
}

################################################################################
# Lifecycle: state carried between runs (apply on the mock provider)
################################################################################

run "create_three_nodes" {
  command = apply

  assert {
    condition     = length(output.nodes) == 3
    error_message = "three nodes must be created"
  }
}

run "scale_down_removes_the_highest_indices" {
  command = plan

  variables {
    replicas = 1
  }

  assert {
    condition     = keys(maas_instance.this) == ["tcp-alpha-default-node-00"]
    error_message = "scaling down must keep node-00 only"
  }

  assert {
    condition     = output.nodes["tcp-alpha-default-node-00"].id == run.create_three_nodes.nodes["tcp-alpha-default-node-00"].id
    error_message = "node-00 must be kept as it is, not replaced"
  }
}

run "new_token_and_template_keep_existing_nodes" {
  command = plan

  variables {
    join_token         = "zyxwvu.9876543210zyxwvu"
    kubernetes_version = "v1.32.1"
    node_labels        = { "example.com/pool" = "default" }
    maas = {
      pool          = "kamaji"
      tags          = ["worker"]
      distro_series = "jammy"
    }
  }

  assert {
    condition = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] :
      strcontains(tolist(maas_instance.this[n].deploy_params)[0].user_data, "JOIN_TOKEN='abcdef.0123456789abcdef'")
      && strcontains(tolist(maas_instance.this[n].deploy_params)[0].user_data, "KUBERNETES_VERSION='v1.31.4'")
      && !strcontains(tolist(maas_instance.this[n].deploy_params)[0].user_data, "zyxwvu")
      && !strcontains(tolist(maas_instance.this[n].deploy_params)[0].user_data, "JoinConfiguration")
    ])
    error_message = "existing nodes must keep the user data they were created with (ignore_changes)"
  }

  assert {
    condition     = alltrue([for m in values(maas_instance.this) : tolist(m.deploy_params)[0].distro_series == "noble"])
    error_message = "existing machines must keep their deploy parameters (ignore_changes)"
  }

  assert {
    condition     = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] : output.nodes[n].id == run.create_three_nodes.nodes[n].id])
    error_message = "existing nodes must stay in state"
  }
}
