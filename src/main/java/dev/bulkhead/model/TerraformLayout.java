package dev.bulkhead.model;

/**
 * How an environment's Terraform is organised: a directory (own backend and credentials) per
 * environment, or CLI workspaces sharing one backend.
 */
public enum TerraformLayout {
    DIRECTORIES, WORKSPACES
}
