@echo off
rem CongKit command line: congkit check ^| audit ^| resize ^| schema  (needs Java 17 or newer)
setlocal
if not defined CONGKIT_JAVA_OPTS set CONGKIT_JAVA_OPTS=-Xmx512m
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set JAVA=java)
"%JAVA%" %CONGKIT_JAVA_OPTS% -Dfile.encoding=UTF-8 -jar "%~dp0congkit.jar" %*
