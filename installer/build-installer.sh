#!/usr/bin/env bash
# Builds a native installer (deb on Linux, dmg on macOS, msi on Windows) with the JDK's jpackage.
# Usage: installer/build-installer.sh [TYPE]   (TYPE defaults to the platform's usual one)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests package
version=$(mvn -q -DforceStdout help:evaluate -Dexpression=project.version | sed 's/-SNAPSHOT//')
rm -rf target/installer-input && mkdir -p target/installer-input
cp target/bulkhead.jar target/installer-input/
cp -r target/lib target/installer-input/lib
cp -r sample-models target/installer-input/sample-models
args=(--name Bulkhead --app-version "$version" --vendor "Bulkhead"
      --description "Compare namespace, vCluster and dedicated-cluster tenancy on Kubernetes"
      --input target/installer-input --main-jar bulkhead.jar --main-class dev.bulkhead.Main
      --dest target/installer --java-options "-Xmx2g")
if [ -n "${1:-}" ]; then args+=(--type "$1"); fi
case "$(uname -s)" in
  Linux) args+=(--linux-shortcut --linux-menu-group Development) ;;
esac
jpackage "${args[@]}"
echo "Installer written to target/installer/"
