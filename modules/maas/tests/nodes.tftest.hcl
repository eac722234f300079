# Plan and apply against a mock provider, with the machines and user data modules/pool would
# give (its own tests cover names, addresses and cloud-init): allocation constraints, deploy
# parameters, the MAAS subnet link, and that scaling down or new user data never touches the
# nodes that stay. A mock provider cannot answer "requires replacement", so the lifecycle runs
# check that the planned values of existing nodes stay those of the apply (which is what
# ignore_changes guarantees).

mock_provider "maas" {}

variables {
  pool = { control_plane = "tcp-alpha", name = "default" }
  machines = {
    "tcp-alpha-default-node-00" = { cpus = 2, memory_mib = 4096 }
    "tcp-alpha-default-node-01" = { cpus = 2, memory_mib = 4096 }
    "tcp-alpha-default-node-02" = { cpus = 2, memory_mib = 4096 }
  }
  user_data = {
    "tcp-alpha-default-node-00" = "#cloud-config\nhostname: tcp-alpha-default-node-00\n"
    "tcp-alpha-default-node-01" = "#cloud-config\nhostname: tcp-alpha-default-node-01\n"
    "tcp-alpha-default-node-02" = "#cloud-config\nhostname: tcp-alpha-default-node-02\n"
  }
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
    error_message = "one MAAS instance per machine, keyed by its name"
  }

  assert {
    condition = alltrue([for n, m in maas_instance.this :
      tolist(m.allocate_params)[0].min_cpu_count == 2 && tolist(m.allocate_params)[0].min_memory == 4096
      && tolist(m.allocate_params)[0].pool == "kamaji" && tolist(tolist(m.allocate_params)[0].tags) == tolist(["worker"])
      && tolist(m.allocate_params)[0].zone == null
      && tolist(m.deploy_params)[0].distro_series == "noble" && tolist(m.deploy_params)[0].hwe_kernel == null
      && length(m.network_interfaces) == 0
    ])
    error_message = "allocation constraints must follow the machine and the inputs, deploy parameters the inputs, and no subnet means no network_interfaces"
  }

  assert {
    condition     = alltrue([for n, m in maas_instance.this : tolist(m.deploy_params)[0].user_data == "#cloud-config\nhostname: ${n}\n"])
    error_message = "each node is deployed with exactly its own user data"
  }
}

run "machine_sizes_are_the_minimums_to_allocate" {
  command = plan

  variables {
    machines = {
      "tcp-alpha-default-node-00" = { cpus = 8, memory_mib = 16384 }
    }
    maas = {
      zone       = "rack-a"
      hwe_kernel = "hwe-24.04"
    }
  }

  assert {
    condition = (
      tolist(maas_instance.this["tcp-alpha-default-node-00"].allocate_params)[0].min_cpu_count == 8
      && tolist(maas_instance.this["tcp-alpha-default-node-00"].allocate_params)[0].min_memory == 16384
      && tolist(maas_instance.this["tcp-alpha-default-node-00"].allocate_params)[0].zone == "rack-a"
      && tolist(maas_instance.this["tcp-alpha-default-node-00"].deploy_params)[0].hwe_kernel == "hwe-24.04"
    )
    error_message = "cpus and memory_mib of the machine, maas.zone and maas.hwe_kernel must reach the allocate and deploy parameters"
  }
}

run "static_address_is_linked_on_the_subnet" {
  command = plan

  variables {
    machines = {
      "tcp-alpha-default-node-00" = { cpus = 2, memory_mib = 4096, ipv4 = { address = "10.0.0.254" } }
      "tcp-alpha-default-node-01" = { cpus = 2, memory_mib = 4096, ipv4 = { address = "10.0.1.0" } }
    }
    user_data = {
      "tcp-alpha-default-node-00" = "#cloud-config\nhostname: tcp-alpha-default-node-00\n"
      "tcp-alpha-default-node-01" = "#cloud-config\nhostname: tcp-alpha-default-node-01\n"
    }
    maas = {
      pool           = "kamaji"
      subnet_cidr    = "10.0.0.0/23"
      interface_name = "eno1"
    }
  }

  assert {
    condition     = [for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01"] : tolist(maas_instance.this[n].network_interfaces)[0].ip_address] == ["10.0.0.254", "10.0.1.0"]
    error_message = "each node must get the address of its machine"
  }

  assert {
    condition = alltrue([for m in values(maas_instance.this) :
      length(m.network_interfaces) == 1 && tolist(m.network_interfaces)[0].name == "eno1" && tolist(m.network_interfaces)[0].subnet_cidr == "10.0.0.0/23"
    ])
    error_message = "the address must be linked on the MAAS subnet through maas.interface_name"
  }

  assert {
    condition     = output.nodes["tcp-alpha-default-node-00"].ip_addresses == tolist(["10.0.0.254"]) && output.nodes["tcp-alpha-default-node-01"].ip_addresses == tolist(["10.0.1.0"])
    error_message = "the nodes output must show the static addresses"
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
    condition = alltrue([for m in values(maas_instance.this) :
      tolist(m.network_interfaces)[0].subnet_cidr == "10.0.0.0/24" && tolist(m.network_interfaces)[0].ip_address == null
    ])
    error_message = "without a static address MAAS picks the address on the subnet (AUTO)"
  }
}

run "no_machines" {
  command = plan

  variables {
    machines  = {}
    user_data = {}
  }

  assert {
    condition     = length(maas_instance.this) == 0 && length(output.nodes) == 0
    error_message = "no machines, no MAAS instance"
  }
}

run "static_address_needs_a_subnet" {
  command = plan
  variables {
    machines = {
      "tcp-alpha-default-node-00" = { cpus = 2, memory_mib = 4096, ipv4 = { address = "10.0.0.10" } }
    }
  }
  expect_failures = [maas_instance.this]
}

run "static_address_outside_the_subnet" {
  command = plan
  variables {
    machines = {
      "tcp-alpha-default-node-00" = { cpus = 2, memory_mib = 4096, ipv4 = { address = "10.0.0.10" } }
    }
    maas = { subnet_cidr = "10.1.0.0/24", interface_name = "eno1" }
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

run "scale_down_removes_only_the_machines_gone" {
  command = plan

  variables {
    machines = { "tcp-alpha-default-node-00" = { cpus = 2, memory_mib = 4096 } }
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

run "new_user_data_and_deploy_params_keep_existing_nodes" {
  command = plan

  variables {
    user_data = {
      "tcp-alpha-default-node-00" = "#cloud-config\n# new join token\n"
      "tcp-alpha-default-node-01" = "#cloud-config\n# new join token\n"
      "tcp-alpha-default-node-02" = "#cloud-config\n# new join token\n"
    }
    maas = {
      pool          = "kamaji"
      tags          = ["worker"]
      distro_series = "jammy"
      hwe_kernel    = "hwe-22.04"
    }
  }

  assert {
    condition     = alltrue([for n, m in maas_instance.this : tolist(m.deploy_params)[0].user_data == "#cloud-config\nhostname: ${n}\n"])
    error_message = "existing nodes must keep the user data they were created with (ignore_changes)"
  }

  assert {
    condition     = alltrue([for m in values(maas_instance.this) : tolist(m.deploy_params)[0].distro_series == "noble" && tolist(m.deploy_params)[0].hwe_kernel == null])
    error_message = "existing machines must keep their deploy parameters (ignore_changes)"
  }

  assert {
    condition     = alltrue([for n in ["tcp-alpha-default-node-00", "tcp-alpha-default-node-01", "tcp-alpha-default-node-02"] : output.nodes[n].id == run.create_three_nodes.nodes[n].id])
    error_message = "existing nodes must stay in state"
  }
}
