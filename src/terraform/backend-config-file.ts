/** Per-workspace backend settings (the values naming its state), given to every `init` as `-backend-config`. */
export const BACKEND_CONFIG_FILE = "backend.tfbackend";
