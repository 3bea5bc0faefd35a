#!/usr/bin/env bash
# The one test command: installs what the tests need on a bare machine, builds, checks the code
# style and that every DbContext's migrations hold its model, runs every test and the benchmark's
# smoke run, and ends with one line "N passed, N failed" (", N skipped" when any were skipped); a
# failed check is one failure.
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Browser tests drive Debian's Chromium (never a downloaded browser).
if ! command -v chromium >/dev/null 2>&1; then
    echo "Installing chromium with apt..."
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
if ! command -v chromium >/dev/null 2>&1; then
    echo "chromium could not be installed; browser tests will fail." >&2
fi

results="TestResults"
rm -rf "$results"

if ! dotnet restore Shop.sln || ! dotnet build Shop.sln --no-restore -c Release; then
    echo "Build failed." >&2
    echo "0 passed, 1 failed"
    exit 1
fi

# Checks besides the tests; each one that fails counts as one failure in the final line.
checks_failed=0
check_messages=""
check_failed() {
    echo "CHECK FAILED: $1" >&2
    checks_failed=$((checks_failed + 1))
    check_messages="$check_messages"$'\n'"CHECK FAILED: $1"
}

echo "Checking the code style (dotnet format --verify-no-changes)..."
if ! dotnet format Shop.sln --verify-no-changes --no-restore; then
    check_failed "dotnet format Shop.sln --verify-no-changes: the code differs from .editorconfig's style; run 'dotnet format Shop.sln' and commit what it changes."
fi

# Every DbContext's model must match its migrations. dotnet-ef is pinned in dotnet-tools.json; it
# runs on a Debug build of Shop.Web, the one that composes in the sandbox and its SandboxDbContext.
echo "Checking for model changes without a migration (dotnet ef migrations has-pending-model-changes)..."
if ! dotnet tool restore; then
    check_failed "dotnet tool restore: dotnet-ef could not be restored, so no DbContext was checked for pending model changes."
elif ! dotnet build Shop.Web --no-restore -c Debug; then
    check_failed "dotnet build Shop.Web -c Debug (for dotnet ef) failed, so no DbContext was checked for pending model changes."
else
    # PostgresShopDbContext is the shop's model on PostgreSQL: dotnet ef builds it from the app's
    # services with the provider switched (it never connects).
    postgres_args="-- --Database:Provider=Postgres --ConnectionStrings:Shop=Host=localhost"
    for entry in "ShopDbContext Shop.Web" "SandboxDbContext Shop.AlipaySandbox" "PostgresShopDbContext Shop.Web $postgres_args"; do
        read -r context project app_args <<< "$entry"
        # shellcheck disable=SC2086 # app_args is several arguments
        if ! dotnet ef migrations has-pending-model-changes --no-build \
            --context "$context" --project "$project" --startup-project Shop.Web $app_args; then
            check_failed "dotnet ef migrations has-pending-model-changes --context $context: its model has changes that no migration in $project holds; add one with the command for its provider in README: Running on PostgreSQL (Migrations)."
        fi
    done
fi

# The two-instance tests (trait Database=PostgresOnly) run in the PostgreSQL pass below only.
dotnet test Shop.sln --no-build -c Release --filter "Database!=PostgresOnly" \
    --logger "trx;LogFileName=shop.trx" --logger "console;verbosity=normal" \
    --results-directory "$results"
test_exit=$?

# The tests that depend on the database run again on PostgreSQL (README: Running on PostgreSQL):
# a throwaway cluster (scripts/throwaway-postgres.sh), a database of its own for each test shop.
# Tests of SQLite itself (its migrations' data steps, pragmas, backup) carry the trait
# Database=SqliteOnly.
echo "Starting a throwaway PostgreSQL for the tests on PostgreSQL..."
if postgres_env=$(scripts/throwaway-postgres.sh start); then
    eval "$postgres_env"
    trap 'scripts/throwaway-postgres.sh stop "$SHOP_POSTGRES_DIR"' EXIT
    SHOP_TEST_DATABASE=Postgres dotnet test Shop.Tests --no-build -c Release \
        --filter "(FullyQualifiedName~Shop.Tests.Web.|FullyQualifiedName~Shop.Tests.Browser.)&Database!=SqliteOnly" \
        --logger "trx;LogFileName=shop-postgres.trx" --logger "console;verbosity=normal" \
        --results-directory "$results"
    [ $? -ne 0 ] && test_exit=1
else
    check_failed "scripts/throwaway-postgres.sh start: PostgreSQL could not be installed or started, so no test ran on PostgreSQL."
fi

passed=0; failed=0; skipped=0
for trx in $(find "$results" -name '*.trx' 2>/dev/null); do
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    get() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
    passed=$((passed + $(get passed)))
    failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
    skipped=$((skipped + $(get notExecuted)))
done
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # The run broke before it could report a failing test (a crashed test host, say).
    failed=1
fi
failed=$((failed + checks_failed))
[ "$checks_failed" -gt 0 ] && echo "$check_messages" >&2

# The benchmark's smoke run (tiny data, one short round), so that the benchmark cannot rot: it
# counts as one test, failed when the benchmark breaks (a page not answering, a step failing),
# never because a performance target is missed.
echo "Benchmark smoke run (bench/run.sh --smoke, log in $results/bench-smoke.log)..."
mkdir -p "$results"
if bench/run.sh --smoke > "$results/bench-smoke.log" 2>&1; then
    passed=$((passed + 1))
    echo "Benchmark smoke run passed."
else
    failed=$((failed + 1))
    echo "Benchmark smoke run FAILED:" >&2
    tail -n 20 "$results/bench-smoke.log" >&2
fi

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
