#!/usr/bin/env bash
# Throughput of the article text core (reflow + sentence splitting), in MB/s of UTF-8 input.
# Reads the measurement data from ../shared/data, or from $YUEDU_DATA_DIR; skips it when absent.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
java -cp target/classes:target/test-classes app.yuedu.bench.ArticleTextBench "$@"
