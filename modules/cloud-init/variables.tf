################################################################################
# Nodes
################################################################################

variable "node_names" {
  description = "Names of the nodes to render, one cloud-config each. Each becomes the hostname and the Kubernetes node name, so each must be a DNS-1123 label of at most 63 characters, e.g. `tcp-alpha-default-node-00`."
  type        = list(string)
  nullable    = false

  validation {
    condition     = alltrue([for n in var.node_names : can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$", n)) && length(n) <= 63])
    error_message = "node_names: every name must be a DNS-1123 label (lowercase letters, digits and '-', starting and ending with a letter or digit) of at most 63 characters, e.g. \"tcp-alpha-default-node-00\"."
  }

  validation {
    condition     = length(distinct(var.node_names)) == length(var.node_names)
    error_message = "node_names: names must be unique."
  }
}

################################################################################
# Join (values printed by `kubeadm token create --print-join-command`)
################################################################################

variable "join_url" {
  description = "API server endpoint of the tenant control plane as \"host:port\" (no scheme), e.g. `10.0.0.100:6443` or `tcp-alpha.example.com:6443`."
  type        = string
  nullable    = false

  validation {
    condition     = can(regex("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?):[0-9]{1,5}$", var.join_url))
    error_message = "join_url: must be \"host:port\" without scheme or path, e.g. \"10.0.0.100:6443\" or \"[fd00::1]:6443\"."
  }
}

variable "join_token" {
  description = "Bootstrap token `<id>.<secret>` (6 + 16 characters of [a-z0-9]) that the nodes use to join."
  type        = string
  sensitive   = true
  nullable    = false

  validation {
    condition     = can(regex("^[a-z0-9]{6}\\.[a-z0-9]{16}$", var.join_token))
    error_message = "join_token: must be a kubeadm bootstrap token \"<id>.<secret>\" where id is 6 and secret 16 characters of [a-z0-9], e.g. \"abcdef.0123456789abcdef\"."
  }
}

variable "join_ca_cert_hash" {
  description = "Pin of the tenant cluster CA public key, `sha256:<64 lowercase hex>` (kubeadm `--discovery-token-ca-cert-hash`)."
  type        = string
  sensitive   = true
  nullable    = false

  validation {
    condition     = can(regex("^sha256:[0-9a-f]{64}$", var.join_ca_cert_hash))
    error_message = "join_ca_cert_hash: must be \"sha256:\" followed by 64 lowercase hex characters."
  }
}

variable "kubernetes_version" {
  description = "Kubernetes version installed by yaki on the nodes, `v1.x.y`. Use the control plane's version: a kubelet newer than the API server breaks the version skew policy."
  type        = string
  nullable    = false

  validation {
    condition     = can(regex("^v1\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$", var.kubernetes_version))
    error_message = "kubernetes_version: must look like \"v1.31.4\" (a leading \"v\", major 1)."
  }
}

################################################################################
# Node registration
################################################################################

variable "node_labels" {
  description = "Labels the kubelet puts on each node at registration. Keys in the kubernetes.io and k8s.io namespaces are refused by the kubelet except under kubelet.kubernetes.io/ and node.kubernetes.io/ (and a few well-known keys), so `node-role.kubernetes.io/*` cannot be set here. Setting labels or taints makes the nodes join through a kubeadm JoinConfiguration file."
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
  description = "Taints registered with each node. `effect` is one of NoSchedule, PreferNoSchedule, NoExecute. Setting labels or taints makes the nodes join through a kubeadm JoinConfiguration file."
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

################################################################################
# Operating system
################################################################################

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
  description = "Additional packages installed by cloud-init (e.g. `open-vm-tools`, `qemu-guest-agent`, `nfs-common`)."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for p in var.extra_packages : can(regex("^[A-Za-z0-9][A-Za-z0-9.+_:=~-]*$", p))])
    error_message = "extra_packages: each entry must be a package name, optionally pinned (\"name=version\"), e.g. \"nfs-common\"."
  }
}

################################################################################
# yaki
################################################################################

variable "yaki_url" {
  description = "Where the nodes download yaki. The default is served unpinned; pin a commit URL (e.g. `https://raw.githubusercontent.com/clastix/yaki/<commit>/script/yaki`) together with `yaki_sha256`."
  type        = string
  default     = "https://goyaki.clastix.io"
  nullable    = false

  validation {
    condition     = can(regex("^https?://[^\\s'\"`$\\\\]+$", var.yaki_url))
    error_message = "yaki_url: must be an http(s) URL without spaces, quotes, backquotes, '$' or backslashes, e.g. \"https://goyaki.clastix.io\"."
  }
}

variable "yaki_sha256" {
  description = "SHA-256 (64 lowercase hex) of the yaki script at `yaki_url`. When set, the node checks the download and aborts the join on mismatch; null skips the check."
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

variable "node_addresses" {
  description = "Static IPv4 address per node, node name -> \"ip/prefix\" (e.g. `10.0.0.10/24`). Nodes not in the map use DHCP and get no network config."
  type        = map(string)
  default     = {}
  nullable    = false

  validation {
    condition     = alltrue([for a in values(var.node_addresses) : can(regex("^[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}$", a)) && can(cidrhost(a, 0))])
    error_message = "node_addresses: each value must be an IPv4 address with prefix length, e.g. \"10.0.0.10/24\"."
  }
}

variable "gateway" {
  description = "Default IPv4 gateway written into the static network config; null for none."
  type        = string
  default     = null

  validation {
    condition     = var.gateway == null || (can(regex("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$", var.gateway)) && can(cidrhost("${var.gateway}/32", 0)))
    error_message = "gateway: must be null or an IPv4 address, e.g. \"10.0.0.1\"."
  }
}

variable "nameservers" {
  description = "DNS servers written into the static network config."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for s in var.nameservers : can(cidrhost("${s}/32", 0)) || can(cidrhost("${s}/128", 0))])
    error_message = "nameservers: each entry must be an IPv4 or IPv6 address, e.g. \"10.0.0.2\"."
  }
}

variable "search_domains" {
  description = "DNS search domains written into the static network config."
  type        = list(string)
  default     = []
  nullable    = false

  validation {
    condition     = alltrue([for d in var.search_domains : can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", d))])
    error_message = "search_domains: each entry must be a lowercase DNS domain, e.g. \"example.com\"."
  }
}

variable "domain" {
  description = "DNS domain appended to the node name to form the FQDN (`<node>.<domain>`); null makes the FQDN the node name."
  type        = string
  default     = null

  validation {
    condition     = var.domain == null || can(regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$", var.domain))
    error_message = "domain: must be null or a lowercase DNS domain, e.g. \"example.com\"."
  }
}

variable "network_match_name" {
  description = "Interface the static network config applies to. A glob (default `e*`: `ens192`, `eth0`, `enp1s0`) becomes `match.name`, which only netplan (Ubuntu) honours; an exact name such as `ens192` works with every cloud-init network renderer (Debian, RHEL)."
  type        = string
  default     = "e*"
  nullable    = false

  validation {
    condition     = can(regex("^[A-Za-z0-9*?_.-]{1,15}$", var.network_match_name))
    error_message = "network_match_name: must be an interface name or glob of at most 15 characters, e.g. \"ens*\"."
  }
}
