#!/usr/bin/env bash
# Netlify's build image has no .NET 10 SDK: install the one global.json names with Microsoft's
# dotnet-install script (into the home folder, which Netlify caches between builds), publish the
# generator as its Native AOT executable (the fastest form, docs/performance.md), then build with it.
# Arguments are passed to `build`, e.g. --drafts --base-url "$DEPLOY_PRIME_URL" for deploy previews.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_ROOT="$HOME/.dotnet"
export PATH="$DOTNET_ROOT:$PATH"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! dotnet --list-sdks 2>/dev/null | grep -q "^$(sed -n 's/.*"version": *"\([0-9]*\.[0-9]*\)\..*/\1/p' global.json)\."; then
  curl -sSfL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --jsonfile global.json --install-dir "$DOTNET_ROOT"
fi

# One executable per version of the generator's code, named by the git trees it is built from, and kept
# beside the SDK so that a build whose cached home folder already holds it skips the publish.
key="$(git rev-parse HEAD:src HEAD:theme HEAD:Directory.Build.props HEAD:Directory.Packages.props HEAD:global.json | sha256sum | cut -c1-16)"
app="$HOME/.cache/statiqsite/$key"
if [ ! -x "$app/statiqsite" ]; then
  rm -rf "$HOME/.cache/statiqsite"
  dotnet publish src/StatiqSite -c Release -r linux-x64 -p:PublishAot=true -o "$app" -nologo -v quiet
fi
statiqsite="$app/statiqsite"

# Netlify deploys without waiting for CI's `check`, so this build audits its pages itself (docs/security.md).
"$statiqsite" build --audit "$@"

# Deploy previews carry the content diff against the default branch at a fixed path, /_diff/. The
# report is a review aid: if the base cannot be fetched, the preview is published without it.
if [ "${CONTEXT:-}" = "deploy-preview" ]; then
  base_branch="${DIFF_BASE_BRANCH:-main}"
  if git fetch --quiet origin "$base_branch" && base="$(git merge-base HEAD FETCH_HEAD)"; then
    "$statiqsite" diff --base "$base" --html output/_diff "$@" \
      || echo "content diff: not written (see above); the preview is published without /_diff/"
  else
    echo "content diff: origin/$base_branch could not be fetched; the preview is published without /_diff/"
  fi
fi
