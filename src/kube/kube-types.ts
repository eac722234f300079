/**
 * The few fields of Kubernetes objects we read or write, as they travel as JSON. Narrower than
 * @kubernetes/client-node's models on purpose: those type timestamps as `Date`, while the wire
 * (and therefore what we parse) carries strings.
 */

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
  deletionTimestamp?: string;
  creationTimestamp?: string;
}

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
}

export interface ConfigMap {
  metadata: ObjectMeta;
  data?: Record<string, string>;
}

export interface Secret {
  apiVersion: "v1";
  kind: "Secret";
  metadata: ObjectMeta;
  type?: string;
  data?: Record<string, string>;
  stringData?: Record<string, string>;
}

export interface Condition {
  type: string;
  status: "True" | "False" | "Unknown";
  reason?: string;
  message?: string;
  lastTransitionTime?: string;
  lastHeartbeatTime?: string;
}

export interface Node {
  metadata: ObjectMeta;
  spec?: { unschedulable?: boolean };
  status?: { conditions?: Condition[]; nodeInfo?: { kubeletVersion?: string } };
}

export interface Pod {
  metadata: ObjectMeta;
  spec?: { nodeName?: string };
  status?: { phase?: string; conditions?: Condition[] };
}

export interface List<T> {
  items: T[];
  metadata?: { continue?: string; resourceVersion?: string };
}

/** `metav1.Status`, the body of every API error. */
export interface Status {
  kind: "Status";
  status?: "Failure" | "Success";
  message?: string;
  reason?: string;
  code?: number;
  details?: {
    name?: string;
    kind?: string;
    causes?: { reason?: string; message?: string; field?: string }[];
  };
}

export interface UserInfo {
  username?: string;
  uid?: string;
  groups?: string[];
}
