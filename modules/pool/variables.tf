################################################################################
# Pool
################################################################################

variable "control_plane" {
  description = "Name of the Kamaji TenantControlPlane the pool joins; first part of every node name `<control_plane>-<pool_name>-node-NN`. A DNS-1123 label, e.g. `tcp-alpha`."
  type        = string
  nullable    = false

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", var.control_plane)) && length(var.control_plane) <= 63
    error_message = "control_plane: must be a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters), e.g. \"tcp-alpha\"."
  }
}

variable "pool_name" {
  description = "Name of the node pool; second part of every node name. A DNS-1123 label, e.g. `default-pool`."
  type        = string
  nullable    = false

  validation {
    condition     = can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", var.pool_name)) && length(var.pool_name) <= 63
    error_message = "pool_name: must be a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit, at most 63 characters), e.g. \"default-pool\"."
  }
}

variable "replicas" {
  description = "Number of nodes. Nodes are named `<control_plane>-<pool_name>-node-00` upwards; scaling down removes the highest indices."
  type        = number
  nullable    = false

  validation {
    condition     = var.replicas >= 0 && floor(var.replicas) == var.replicas
    error_message = "replicas: must be a whole number >= 0, e.g. 3."
  }
}

variable "cpus" {
  description = "Virtual CPUs per node (for MAAS: the minimum core count of the machine to allocate)."
  type        = number
  default     = 2
  nullable    = false

  validation {
    condition     = var.cpus >= 1 && floor(var.cpus) == var.cpus
    error_message = "cpus: must be a whole number >= 1, e.g. 2."
  }
}

variable "memory_mib" {
  description = "Memory per node in MiB, a multiple of 4 (for MAAS: the minimum memory of the machine to allocate)."
  type        = number
  default     = 4096
  nullable    = false

  validation {
    condition     = var.memory_mib >= 1024 && floor(var.memory_mib) == var.memory_mib && var.memory_mib % 4 == 0
    error_message = "memory_mib: must be a whole number of MiB >= 1024 and a multiple of 4, e.g. 4096."
  }
}

variable "disk_gib" {
  description = "Size of the system disk in GiB (vSphere keeps the template's disk when that is larger; MAAS allocations have no storage constraint and ignore it)."
  type        = number
  default     = 40
  nullable    = false

  validation {
    condition     = var.disk_gib >= 1 && floor(var.disk_gib) == var.disk_gib
    error_message = "disk_gib: must be a whole number of GiB >= 1, e.g. 40."
  }
}

variable "domain" {
  description = "DNS domain appended to node names to form their FQDN; null makes the FQDN the node name."
  type        = string
  default     = null

  validation {
    condition     = var.domain == null || can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", var.domain))
    error_message = "domain: must be null or a lowercase DNS domain, e.g. \"example.com\"."
  }
}

################################################################################
# Join (values printed by `kubeadm token create --print-join-command`)
################################################################################

variable "kubernetes_version" {
  description = "Kubernetes version yaki installs, `v1.x.y`. Use the control plane's version: a kubelet newer than the API server breaks the version skew policy."
  type        = string
  nullable    = false

  validation {
    condition     = can(regex("^v1\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$", var.kubernetes_version))
    error_message = "kubernetes_version: must look like \"v1.31.4\" (a leading \"v\", major 1)."
  }
}

variable "join_url" {
  description = "API server endpoint of the tenant control plane as \"host:port\" (no scheme), e.g. `10.0.0.100:6443`."
  type        = string
  nullable    = false

  validation {
    condition     = can(regex("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?):[0-9]{1,5}$", var.join_url))
    error_message = "join_url: must be \"host:port\" without scheme or path, e.g. \"10.0.0.100:6443\" or \"[fd00::1]:6443\"."
  }
}

variable "join_token" {
  description = "Bootstrap token `<id>.<secret>` written into the nodes' user data. Changing it later never updates or replaces existing nodes."
  type        = string
  sensitive   = true
  nullable    = false

  validation {
    condition     = can(regex("^[a-z0-9]{6}\\.[a-z0-9]{16}$", var.join_token))
    error_message = "join_token: must be a kubeadm bootstrap token \"<id>.<secret>\" where id is 6 and secret 16 characters of [a-z0-9], e.g. \"abcdef.0123456789abcdef\"."
  }
}

variable "join_ca_cert_hash" {
  description = "Pin of the tenant cluster CA public key, `sha256:<64 lowercase hex>`."
  type        = string
  sensitive   = true
  nullable    = false

  validation {
    condition     = can(regex("^sha256:[0-9a-f]{64}$", var.join_ca_cert_hash))
    error_message = "join_ca_cert_hash: must be \"sha256:\" followed by 64 lowercase hex characters."
  }
}

################################################################################
# Node registration and operating system
################################################################################

variable "node_labels" {
  description = "Labels the kubelet puts on each node. kubernetes.io/k8s.io keys are refused by the kubelet except under kubelet.kubernetes.io/ and node.kubernetes.io/ (and well-known topology/os/arch keys). Labels or taints make the nodes join through a kubeadm JoinConfiguration."
  type        = map(string)
  default     = {}
  nullable    = false

  validation {
    condition = alltrue([for k, v in var.node_labels :
      can(regex("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", k))
      && length(element(split("/", k), length(split("/", k)) - 1)) <= 63
      && length(k) <= 317
      && can(regex("^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$", v))
      && length(v) <= 63
    ])
    error_message = "node_labels: keys must be [prefix/]name (prefix a DNS subdomain, name at most 63 characters of [A-Za-z0-9-_.]) and values at most 63 characters of [A-Za-z0-9-_.] starting and ending alphanumeric, e.g. { \"example.com/pool\" = \"default\" }."
  }

  validation {
    condition = alltrue([for k in keys(var.node_labels) :
      !can(regex("(^|\\.)(kubernetes\\.io|k8s\\.io)/", k))
      || can(regex("^([^/]+\\.)?(kubelet|node)\\.kubernetes\\.io/", k))
      || contains([
        "kubernetes.io/hostname", "kubernetes.io/os", "kubernetes.io/arch",
        "beta.kubernetes.io/os", "beta.kubernetes.io/arch", "beta.kubernetes.io/instance-type",
        "topology.kubernetes.io/region", "topology.kubernetes.io/zone",
        "failure-domain.beta.kubernetes.io/region", "failure-domain.beta.kubernetes.io/zone",
      ], k)
    ])
    error_message = "node_labels: the kubelet refuses to start with labels in the kubernetes.io or k8s.io namespaces other than kubelet.kubernetes.io/*, node.kubernetes.io/* and the well-known topology/os/arch keys (node-role.kubernetes.io/* must be set by an administrator after the join). Use your own prefix, e.g. \"example.com/role\"."
  }
}

variable "node_taints" {
  description = "Taints registered with each node; `effect` is NoSchedule, PreferNoSchedule or NoExecute."
  type = list(object({
    key    = string
    value  = optional(string)
    effect = string
  }))
  default  = []
  nullable = false

  validation {
    condition = alltrue([for t in var.node_taints :
      can(regex("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$", t.key))
      && length(element(split("/", t.key), length(split("/", t.key)) - 1)) <= 63
      && (t.value == null ? true : can(regex("^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$", t.value)) && try(length(t.value), 0) <= 63)
      && contains(["NoSchedule", "PreferNoSchedule", "NoExecute"], t.effect)
    ])
    error_message = "node_taints: each taint needs a key like a label key, an optional value like a label value, and effect NoSchedule, PreferNoSchedule or NoExecute, e.g. { key = \"example.com/dedicated\", value = \"gpu\", effect = \"NoSchedule\" }."
  }
}

variable "ssh_authorized_keys" {
  description = "Public SSH keys authorized for the image's default user."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for k in var.ssh_authorized_keys : can(regex("^(ssh-|ecdsa-|sk-)[A-Za-z0-9@.-]+ [A-Za-z0-9+/=]+", k))])
    error_message = "ssh_authorized_keys: each entry must be an OpenSSH public key line such as \"ssh-ed25519 AAAA... user@host\" (not a path, not a private key)."
  }
}

variable "base_packages" {
  description = "Packages installed by cloud-init before yaki runs. yaki exits when any of conntrack, socat, ip, iptables, modprobe, sysctl, systemctl, nsenter, ebtables, ethtool, wget is missing; the default names are Debian/Ubuntu package names."
  type        = list(string)
  default     = ["conntrack", "socat", "ebtables", "ethtool", "iptables", "iproute2", "kmod", "procps", "wget", "curl", "util-linux"]
  nullable    = false

  validation {
    condition     = alltrue([for p in var.base_packages : can(regex("^[A-Za-z0-9][A-Za-z0-9.+_:=~-]*$", p))])
    error_message = "base_packages: each entry must be a package name, optionally pinned (\"name=version\"), e.g. \"conntrack\"."
  }
}

variable "extra_packages" {
  description = "Packages installed by cloud-init besides the ones yaki needs (conntrack socat ebtables ethtool iptables iproute2 kmod procps wget curl util-linux)."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for p in var.extra_packages : can(regex("^[A-Za-z0-9][A-Za-z0-9.+_:=~-]*$", p))])
    error_message = "extra_packages: each entry must be a package name, optionally pinned (\"name=version\"), e.g. \"nfs-common\"."
  }
}

variable "yaki_url" {
  description = "Where the nodes download yaki. The default is served unpinned: pin a commit URL together with `yaki_sha256`."
  type        = string
  default     = "https://goyaki.clastix.io"
  nullable    = false

  validation {
    condition     = can(regex("^https?://[^\\s'\"`$\\\\]+$", var.yaki_url))
    error_message = "yaki_url: must be an http(s) URL without spaces, quotes, backquotes, '$' or backslashes, e.g. \"https://goyaki.clastix.io\"."
  }
}

variable "yaki_sha256" {
  description = "SHA-256 (64 lowercase hex) of the script at `yaki_url`; when set, a node whose download differs aborts its join. null skips the check."
  type        = string
  default     = null

  validation {
    condition     = var.yaki_sha256 == null || can(regex("^[0-9a-f]{64}$", var.yaki_sha256))
    error_message = "yaki_sha256: must be null or 64 lowercase hex characters (the output of `sha256sum yaki`)."
  }
}

################################################################################
# Network
################################################################################

variable "static_ipv4" {
  description = "Static IPv4 addressing: node i gets `first_address + i`; the range up to `last_address` must hold `replicas` addresses and share the gateway's subnet. null means DHCP."
  type = object({
    first_address = string
    last_address  = string
    prefix_length = number
    gateway       = string
  })
  default = null

  validation {
    condition = var.static_ipv4 == null || try(alltrue([
      for a in [var.static_ipv4.first_address, var.static_ipv4.last_address, var.static_ipv4.gateway] :
      can(regex("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$", a)) && can(cidrhost("${a}/32", 0))
    ]), false)
    error_message = "static_ipv4: first_address, last_address and gateway must be IPv4 addresses, e.g. { first_address = \"10.0.0.10\", last_address = \"10.0.0.19\", prefix_length = 24, gateway = \"10.0.0.1\" }."
  }

  validation {
    condition     = var.static_ipv4 == null || try(var.static_ipv4.prefix_length >= 1 && var.static_ipv4.prefix_length <= 32 && floor(var.static_ipv4.prefix_length) == var.static_ipv4.prefix_length, false)
    error_message = "static_ipv4: prefix_length must be a whole number from 1 to 32, e.g. 24."
  }

  validation {
    condition = var.static_ipv4 == null || try(
      sum([for i, o in split(".", var.static_ipv4.first_address) : tonumber(o) * pow(256, 3 - i)]) <= sum([for i, o in split(".", var.static_ipv4.last_address) : tonumber(o) * pow(256, 3 - i)])
      && cidrhost("${var.static_ipv4.first_address}/${var.static_ipv4.prefix_length}", 0) == cidrhost("${var.static_ipv4.last_address}/${var.static_ipv4.prefix_length}", 0)
      && cidrhost("${var.static_ipv4.first_address}/${var.static_ipv4.prefix_length}", 0) == cidrhost("${var.static_ipv4.gateway}/${var.static_ipv4.prefix_length}", 0)
      && (
        sum([for i, o in split(".", var.static_ipv4.gateway) : tonumber(o) * pow(256, 3 - i)]) < sum([for i, o in split(".", var.static_ipv4.first_address) : tonumber(o) * pow(256, 3 - i)])
        || sum([for i, o in split(".", var.static_ipv4.gateway) : tonumber(o) * pow(256, 3 - i)]) > sum([for i, o in split(".", var.static_ipv4.last_address) : tonumber(o) * pow(256, 3 - i)])
      ),
    false)
    error_message = "static_ipv4: first_address must not be above last_address, both must be in the gateway's /prefix_length subnet, and the gateway must lie outside the range."
  }
}

variable "nameservers" {
  description = "DNS servers for statically addressed nodes."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for s in var.nameservers : can(cidrhost("${s}/32", 0)) || can(cidrhost("${s}/128", 0))])
    error_message = "nameservers: each entry must be an IPv4 or IPv6 address, e.g. \"10.0.0.2\"."
  }
}

variable "search_domains" {
  description = "DNS search domains for statically addressed nodes."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for d in var.search_domains : can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", d))])
    error_message = "search_domains: each entry must be a lowercase DNS domain, e.g. \"example.com\"."
  }
}

variable "network_interface" {
  description = "Guest interface the static network config applies to. A glob (default `e*`: `ens192`, `eth0`, `enp1s0`) becomes `match.name`, which only netplan (Ubuntu) honours; an exact name such as `ens192` works with every cloud-init network renderer (Debian, RHEL). Unused by providers that configure the network themselves (Proxmox, MAAS)."
  type        = string
  default     = "e*"
  nullable    = false

  validation {
    condition     = can(regex("^[A-Za-z0-9*?_.-]{1,15}$", var.network_interface))
    error_message = "network_interface: must be an interface name or glob of at most 15 characters, e.g. \"ens192\"."
  }
}
