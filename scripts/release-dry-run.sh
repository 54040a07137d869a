#!/usr/bin/env bash
# Rehearses a Maven Central release without uploading anything: in a temporary copy of the tree it
# sets the release version (the SNAPSHOT version minus "-SNAPSHOT"), generates a throwaway signing
# key, runs `./mvnw -Prelease deploy -DskipUpload=true` and checks that
# target/central-publishing/central-bundle.zip holds, for every published module, the files Central
# requires: jar, sources and javadoc jars (pom only for the BOM; core also ships its test fixtures as
# the "tests" jar), each with a .asc signature that
# verifies and .md5/.sha1 checksums that match, a POM with name, description, url, licenses,
# developers and scm, and nothing from the applications (cli, samples), the integration tests or the
# parent; then a fresh project that imports the BOM resolves the published modules from the bundle.
# Usage: scripts/release-dry-run.sh [--keep]   (about three minutes; run by .ci/run; needs gpg)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
if [ "${1:-}" != "--keep" ]; then trap 'rm -rf "$work"' EXIT; else echo "work directory: $work"; fi

published_jars=(congkit-core congkit-widgets congkit-image congkit-servlet congkit-servlet-javax congkit-upload congkit-spring-boot-starter congkit-audit congkit-store congkit-sanitizer congkit-feedback)
published_poms=(congkit-bom)
unpublished=(congkit-parent congkit-cli congkit-samples congkit-monitor)

# 1. a copy of the tracked and new files (never the working tree's target/ folders)
(cd "$root" && git ls-files -z --cached --others --exclude-standard) \
  | (cd "$root" && tar --null -T - -cf -) | tar -xf - -C "$work" --one-top-level=src
cd "$work/src"
snapshot=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
version=${snapshot%-SNAPSHOT}
./mvnw -B -q org.codehaus.mojo:versions-maven-plugin:2.19.1:set -DnewVersion="$version" \
  -DgenerateBackupPoms=false -DprocessAllModules=true
grep -rq --include=pom.xml --exclude-dir=benchmarks -e "-SNAPSHOT" . && { echo "a pom still names a SNAPSHOT version" >&2; exit 1; }

# 2. a throwaway key, handed to the BouncyCastle signer through the environment as CI would
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
export MAVEN_GPG_PASSPHRASE="dry-run-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
gpg --batch --quiet --pinentry-mode loopback --passphrase "$MAVEN_GPG_PASSPHRASE" \
  --quick-generate-key "CổngKit release dry run <release-dry-run@congkit.invalid>" rsa3072 sign 1d
MAVEN_GPG_KEY=$(gpg --batch --pinentry-mode loopback --passphrase "$MAVEN_GPG_PASSPHRASE" --armor --export-secret-keys)
export MAVEN_GPG_KEY

# 3. the portal token comes from the environment; a dry run needs the server entry, not real values
export CENTRAL_USERNAME=${CENTRAL_USERNAME:-dry-run} CENTRAL_PASSWORD=${CENTRAL_PASSWORD:-dry-run}
cat > "$work/settings.xml" <<'XML'
<settings>
  <servers>
    <server>
      <id>central</id>
      <username>${env.CENTRAL_USERNAME}</username>
      <password>${env.CENTRAL_PASSWORD}</password>
    </server>
  </servers>
</settings>
XML

start=$(date +%s)
./mvnw -B -s "$work/settings.xml" -Prelease deploy -DskipUpload=true -DskipTests -Dmaven.install.skip=true > "$work/deploy.log" 2>&1 \
  || { tail -80 "$work/deploy.log"; echo "release build failed (log: $work/deploy.log)" >&2; exit 1; }
echo "release build (-Prelease deploy -DskipUpload=true) took $(( $(date +%s) - start )) s"

# 4. what the bundle holds
bundle="$work/src/target/central-publishing/central-bundle.zip"
[ -f "$bundle" ] || { echo "no bundle at target/central-publishing/central-bundle.zip" >&2; exit 1; }
mkdir "$work/bundle" && (cd "$work/bundle" && unzip -q "$bundle")
gpg --batch --quiet --armor --export > "$work/public.asc"
problems=0
fail() { echo "bundle: $*" >&2; problems=$((problems + 1)); }
check_file() {   # a file with its signature and checksums
  local f=$1
  [ -s "$f" ] || { fail "missing $f"; return; }
  [ -f "$f.asc" ] && gpg --batch --quiet --verify "$f.asc" "$f" 2>/dev/null || fail "no valid signature for $f"
  [ -f "$f.md5" ] && [ "$(cat "$f.md5")" = "$(md5sum < "$f" | cut -d' ' -f1)" ] || fail "missing or wrong $f.md5"
  [ -f "$f.sha1" ] && [ "$(cat "$f.sha1")" = "$(sha1sum < "$f" | cut -d' ' -f1)" ] || fail "missing or wrong $f.sha1"
}
check_pom() {    # the metadata Central requires, on the module's own POM
  local pom=$1 element
  for element in name description url licenses/license/name developers/developer/name \
                 scm/url scm/connection; do
    [ -n "$(xml_value "$pom" "$element")" ] || fail "$pom has no <${element}>"
  done
  if grep -q "<parent>" "$pom"; then fail "$pom names a parent (published POMs are flattened)"; fi
  if grep -q -e "-SNAPSHOT" "$pom"; then fail "$pom names a SNAPSHOT version"; fi
}
zip_lists() {    # the archive has an entry matching the pattern (grep -c reads all: no SIGPIPE under pipefail)
  unzip -l "$1" 2>/dev/null | grep -c "$2" > /dev/null
}
xml_value() {    # text of the first element at a slash path under <project>, namespace ignored
  python3 - "$1" "$2" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
ns = root.tag[:root.tag.index('}') + 1] if root.tag.startswith('{') else ''
node = root.find('/'.join(ns + part for part in sys.argv[2].split('/')))
print((node.text or '').strip() if node is not None else '')
PY
}
cd "$work/bundle"
for artifact in "${published_jars[@]}"; do
  dir=dev/congkit/$artifact/$version
  for f in "$artifact-$version.jar" "$artifact-$version-sources.jar" "$artifact-$version-javadoc.jar" "$artifact-$version.pom"; do
    check_file "$dir/$f"
  done
  [ -f "$dir/$artifact-$version.jar" ] && { unzip -p "$dir/$artifact-$version.jar" META-INF/MANIFEST.MF | grep -c "^Automatic-Module-Name: dev\.congkit\." > /dev/null || fail "$artifact jar has no Automatic-Module-Name"; }
  [ -f "$dir/$artifact-$version.pom" ] && check_pom "$dir/$artifact-$version.pom"
done
check_file "dev/congkit/congkit-core/$version/congkit-core-$version-tests.jar"
for artifact in "${published_poms[@]}"; do
  dir=dev/congkit/$artifact/$version
  check_file "$dir/$artifact-$version.pom"
  [ -f "$dir/$artifact-$version.pom" ] && check_pom "$dir/$artifact-$version.pom"
done
bom=dev/congkit/congkit-bom/$version/congkit-bom-$version.pom
if [ -f "$bom" ]; then   # the BOM pushes no third-party versions onto a vendor
  others=$(python3 - "$bom" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {'m': 'http://maven.apache.org/POM/4.0.0'}
root = ET.parse(sys.argv[1]).getroot()
print(' '.join(d.findtext('m:groupId', '', ns) + ':' + d.findtext('m:artifactId', '', ns)
               for d in root.iterfind('.//m:dependency', ns) if d.findtext('m:groupId', '', ns) != 'dev.congkit'))
PY
)
  [ -z "$others" ] || fail "the BOM manages third-party artifacts: $others"
  if grep -q "<properties>\|<parent>" "$bom"; then fail "the BOM carries properties or a parent"; fi
fi
expected=$(for a in "${published_jars[@]}"; do for s in .jar -sources.jar -javadoc.jar .pom; do echo "dev/congkit/$a/$version/$a-$version$s"; done; done
           echo "dev/congkit/congkit-core/$version/congkit-core-$version-tests.jar"   # test fixtures for widget authors
           echo "dev/congkit/congkit-store/$version/congkit-store-$version-tests.jar"  # a throwaway PostgreSQL for tests of modules beside the store
           echo "dev/congkit/congkit-servlet/$version/congkit-servlet-$version-tests.jar"  # an embedded Tomcat on loopback for servlet tests
           for a in "${published_poms[@]}"; do echo "dev/congkit/$a/$version/$a-$version.pom"; done)
find dev -type f ! -name '*.asc' ! -name '*.md5' ! -name '*.sha1' ! -name '*.sha256' ! -name '*.sha512' | sort \
  | while read -r f; do grep -qxF "$f" <<< "$expected" || echo "$f"; done > "$work/unexpected"
if [ -s "$work/unexpected" ]; then fail "files that should not be published: $(tr '\n' ' ' < "$work/unexpected")"; fi
for artifact in "${published_jars[@]}"; do
  dir=dev/congkit/$artifact/$version
  zip_lists "$dir/$artifact-$version-javadoc.jar" " index.html$" || fail "$artifact javadoc jar has no index.html"
  zip_lists "$dir/$artifact-$version-sources.jar" "\.java$" || fail "$artifact sources jar has no sources"
  # an OSGi bundle (Liferay, Eclipse) whose symbolic name is its Java module name
  manifest=$(unzip -p "$dir/$artifact-$version.jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -e ':a' -e '$!N;s/\n //;ta' -e 'P;D')
  module=$(sed -n 's/^Automatic-Module-Name: //p' <<< "$manifest")
  [ -n "$module" ] || fail "$artifact has no Automatic-Module-Name"
  grep -qxF "Bundle-SymbolicName: $module" <<< "$manifest" || fail "$artifact's Bundle-SymbolicName is not its module name $module"
  grep -q "^Export-Package: " <<< "$manifest" || fail "$artifact exports no package to OSGi"
done
for artifact in "${unpublished[@]}"; do
  if [ -d "dev/congkit/$artifact" ]; then fail "$artifact is in the bundle (it must not be published)"; fi
done

# 5. the distribution for offices, built by the same release profile
zip="$work/src/cli/target/congkit-$version.zip"
if [ -f "$zip" ]; then
  mkdir "$work/dist" && (cd "$work/dist" && unzip -q "$zip")
  for f in congkit.jar congkit congkit.bat DOC-TRUOC.txt LICENSE; do
    [ -f "$work/dist/congkit-$version/$f" ] || fail "the distribution zip has no congkit-$version/$f"
  done
  [ -x "$work/dist/congkit-$version/congkit" ] || fail "the congkit launcher in the zip is not executable"
  launcher="$work/dist/congkit-$version/congkit"
  XDG_CACHE_HOME="$work/cache" "$launcher" --version | grep -cF "$version" > /dev/null || fail "congkit --version from the zip does not print $version"
  # the first run leaves a class-data archive, the next runs map it (and say the same)
  [ -s "$work/cache/congkit/congkit-$version.jsa" ] || fail "the launcher's first run left no class-data archive"
  XDG_CACHE_HOME="$work/cache" "$launcher" --version | grep -cF "$version" > /dev/null || fail "congkit --version with the class-data archive does not print $version"
  CONGKIT_CDS=off "$launcher" --version | grep -cF "$version" > /dev/null || fail "congkit --version with CONGKIT_CDS=off does not print $version"
else
  fail "no distribution zip at cli/target/congkit-$version.zip"
fi

# 6. a vendor's project that imports the BOM resolves the published POMs alone: no parent, no
#    third-party versions pushed (its own older Jackson stays), every module found in the bundle
# consumer_pom DIR ARTIFACT DEPENDENCIES: a vendor's project that imports the BOM from the bundle
consumer_pom() {
  mkdir -p "$1"
  cat > "$1/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>vn.example.portal</groupId>
  <artifactId>$2</artifactId>
  <version>1</version>
  <repositories><repository><id>bundle</id><url>file://$work/bundle</url></repository></repositories>
  <dependencyManagement>
    <dependencies>
      <dependency><groupId>dev.congkit</groupId><artifactId>congkit-bom</artifactId><version>$version</version><type>pom</type><scope>import</scope></dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
$3
  </dependencies>
</project>
XML
}
consumer_pom "$work/consumer" portal "$(for a in congkit-servlet congkit-upload congkit-spring-boot-starter congkit-audit congkit-store congkit-sanitizer congkit-feedback; do
  echo "    <dependency><groupId>dev.congkit</groupId><artifactId>$a</artifactId></dependency>"; done)
    <dependency><groupId>com.fasterxml.jackson.core</groupId><artifactId>jackson-databind</artifactId><version>2.17.2</version></dependency>"
if (cd "$work/consumer" && "$work/src/mvnw" -B -q -Dmaven.repo.local="$work/consumer-repo" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list -DoutputFile="$work/consumer/deps.txt" -DincludeScope=runtime \
      > "$work/consumer.log" 2>&1); then
  for artifact in "${published_jars[@]}"; do
    [ "$artifact" = congkit-servlet-javax ] && continue   # the javax consumer below: never beside congkit-servlet
    grep -q "dev.congkit:$artifact:jar:$version" "$work/consumer/deps.txt" || fail "a BOM consumer does not get $artifact"
  done
  grep -q "com.fasterxml.jackson.core:jackson-databind:jar:2.17.2" "$work/consumer/deps.txt" \
    || fail "importing the BOM changed the consumer's own jackson-databind version"
  if [ -d "$work/consumer-repo/dev/congkit/congkit-parent" ]; then fail "a consumer needed congkit-parent"; fi
else
  tail -30 "$work/consumer.log" >&2
  fail "a project importing the BOM does not resolve (log: $work/consumer.log)"
fi

# 7. a javax.servlet portal takes congkit-servlet-javax alone: it resolves, and brings no Jakarta congkit-servlet
consumer_pom "$work/javax-consumer" portal-javax \
  "    <dependency><groupId>dev.congkit</groupId><artifactId>congkit-servlet-javax</artifactId></dependency>"
if (cd "$work/javax-consumer" && "$work/src/mvnw" -B -q -Dmaven.repo.local="$work/consumer-repo" \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list -DoutputFile="$work/javax-consumer/deps.txt" -DincludeScope=runtime \
      > "$work/javax-consumer.log" 2>&1); then
  grep -q "dev.congkit:congkit-servlet-javax:jar:$version" "$work/javax-consumer/deps.txt" || fail "a javax consumer does not get congkit-servlet-javax"
  if grep -q "dev.congkit:congkit-servlet:jar" "$work/javax-consumer/deps.txt"; then fail "congkit-servlet-javax brings the Jakarta congkit-servlet"; fi
else
  tail -30 "$work/javax-consumer.log" >&2
  fail "a project with congkit-servlet-javax does not resolve (log: $work/javax-consumer.log)"
fi

echo "bundle $(du -k "$bundle" | cut -f1) KiB, $(find . -type f | wc -l) files:"
find . -type f \( -name '*.jar' -o -name '*.pom' \) | sort | while read -r f; do
  printf '  %-70s %9s bytes  (+ .asc .md5 .sha1%s)\n' "${f#./}" "$(stat -c %s "$f")" "$([ -f "$f.sha256" ] && echo ' .sha256 .sha512')"
done
if [ "$problems" -gt 0 ]; then
  echo "release dry run: $problems problem(s) in the bundle" >&2
  exit 1
fi
echo "distribution: cli/target/congkit-$version.zip $(stat -c %s "$zip") bytes (congkit.jar, congkit, congkit.bat, DOC-TRUOC.txt, LICENSE)"
echo "consumer: a project importing congkit-bom $version resolves $(grep -c "dev.congkit:" "$work/consumer/deps.txt") CổngKit jars from the bundle alone and keeps its own jackson-databind"
echo "release dry run: the bundle is complete for ${#published_jars[@]} libraries and the BOM, signed and checksummed"
