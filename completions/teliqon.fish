# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_teliqon_global_optspecs
    string join \n profile= sandbox o/output= no-input q/quiet v/verbose api-url= connect-timeout= timeout= max-retries= ca-file= allow-insecure-http h/help V/version
end

function __fish_teliqon_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_teliqon_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_teliqon_using_subcommand
    set -l cmd (__fish_teliqon_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c teliqon -n "__fish_teliqon_needs_command" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_needs_command" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_needs_command" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_needs_command" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_needs_command" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_needs_command" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_needs_command" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_needs_command" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_needs_command" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_needs_command" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_needs_command" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_needs_command" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_needs_command" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "auth" -d 'Sign in and out; see which token is in use'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "settings" -d 'The whole Settings page at once'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "api" -d 'API settings: the API URL and the access token'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "2fa" -d 'Two-factor authentication: email and TOTP'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "did" -d 'DID numbers: notifications when a number goes to spam'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "balance" -d 'Balance: low balance limit and top-up notifications'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "subscriptions" -d 'Subscriptions: expiring and billing notifications'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "reports" -d 'Spending reports: the email schedule and the reports themselves'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "billings" -d 'Billings: the voice and additional deductions, as on the Billings page'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "completions" -d 'Shell completion scripts (bash, zsh, fish, powershell, elvish)'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "man" -d 'Manual pages'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "sandbox" -d 'The local sandbox server that implements the API contract'
complete -c teliqon -n "__fish_teliqon_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -f -a "login" -d 'Sign in with the API URL and access token from the portal\'s API Settings'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -f -a "logout" -d 'Remove the stored token of the profile'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -f -a "status" -d 'Show the profile, API URL, token source, masked token and whether the API accepts it'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -f -a "token" -d 'Print the token in use, raw, for scripts'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and not __fish_seen_subcommand_from login logout status token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the token from stdin (first line) instead of prompting'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -l insecure-storage -d 'Keep the token in a 0600 file instead of the OS keyring (plain text on disk)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'Sign in with the API URL and access token from the portal\'s API Settings'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "logout" -d 'Remove the stored token of the profile'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show the profile, API URL, token source, masked token and whether the API accepts it'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the token in use, raw, for scripts'
complete -c teliqon -n "__fish_teliqon_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -f -a "show" -d 'Show all six sections of the Settings page'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -f -a "export" -d 'Print the current settings as a file that `settings apply` accepts'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -f -a "plan" -d 'Show how the settings differ from a settings file, one line per setting'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -f -a "apply" -d 'Make the settings match a settings file, then read them back and verify'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and not __fish_seen_subcommand_from show export plan apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -s f -l file -d 'The settings file (TOML, or JSON when named *.json); `-` reads stdin' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -l detailed-exitcode -d 'Exit 3 when there is a difference, 0 when there is none (other codes are errors)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from plan" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -s f -l file -d 'The settings file (TOML, or JSON when named *.json); `-` reads stdin' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Apply without asking (needed when there is no terminal, e.g. in CI)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show all six sections of the Settings page'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "export" -d 'Print the current settings as a file that `settings apply` accepts'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "plan" -d 'Show how the settings differ from a settings file, one line per setting'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Make the settings match a settings file, then read them back and verify'
complete -c teliqon -n "__fish_teliqon_using_subcommand settings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -f -a "show" -d 'Show the API URL and the access token (masked)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -f -a "url" -d 'Print the API URL, raw, for scripts'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -f -a "token" -d 'Print the access token, raw, for scripts'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -f -a "copy" -d 'Copy the API URL or the token to the clipboard (OSC 52, works over SSH)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and not __fish_seen_subcommand_from show url token copy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -l reveal -d 'Print the token in full'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from url" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the API URL and the access token (masked)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "url" -d 'Print the API URL, raw, for scripts'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "token" -d 'Print the access token, raw, for scripts'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy the API URL or the token to the clipboard (OSC 52, works over SSH)'
complete -c teliqon -n "__fish_teliqon_using_subcommand api; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -f -a "show" -d 'Show whether email and TOTP two-factor authentication are on'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -f -a "email" -d 'Turn email two-factor authentication on or off'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -f -a "totp" -d 'TOTP with an authenticator app: enable, confirm, disable'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and not __fish_seen_subcommand_from show email totp help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from email" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -f -a "enable" -d 'Turn TOTP on: show a QR code and setup key, then confirm a code from the app'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -f -a "confirm" -d 'Finish a pending enrolment (from `enable --show-secret`) with a code'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -f -a "disable" -d 'Turn TOTP off (needs a current code from the app)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from totp" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show whether email and TOTP two-factor authentication are on'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "email" -d 'Turn email two-factor authentication on or off'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "totp" -d 'TOTP with an authenticator app: enable, confirm, disable'
complete -c teliqon -n "__fish_teliqon_using_subcommand 2fa; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -f -a "show" -d 'Show the channels of "DID number goes to spam"'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -f -a "set" -d 'Turn the email or portal notification of an event on or off'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and not __fish_seen_subcommand_from show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -l email -d 'Email notifications for this event: on or off (also true/false, yes/no, 1/0)' -r -f -a "on\t'turn it on (also true, yes, 1)'
off\t'turn it off (also false, no, 0)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -l portal -d 'Portal notifications (the bell icon) for this event: on or off (also true/false, yes/no, 1/0)' -r -f -a "on\t'turn it on (also true, yes, 1)'
off\t'turn it off (also false, no, 0)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -l dry-run -d 'Print what would change (before → after) and change nothing'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the channels of "DID number goes to spam"'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from help" -f -a "set" -d 'Turn the email or portal notification of an event on or off'
complete -c teliqon -n "__fish_teliqon_using_subcommand did; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -f -a "show" -d 'Show the low balance limit and the channels of its events'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -f -a "set" -d 'Turn an event\'s notifications on or off; set the low balance limit amount'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and not __fish_seen_subcommand_from show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l email -d 'Email notifications for this event: on or off (also true/false, yes/no, 1/0)' -r -f -a "on\t'turn it on (also true, yes, 1)'
off\t'turn it off (also false, no, 0)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l portal -d 'Portal notifications (the bell icon) for this event: on or off (also true/false, yes/no, 1/0)' -r -f -a "on\t'turn it on (also true, yes, 1)'
off\t'turn it off (also false, no, 0)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l amount -d 'low-limit only: notify when the voice balance falls below this amount (decimal, up to 2 decimals, 0 to 1000000, in the account\'s currency)' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l dry-run -d 'Print what would change (before → after) and change nothing'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the low balance limit and the channels of its events'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from help" -f -a "set" -d 'Turn an event\'s notifications on or off; set the low balance limit amount'
complete -c teliqon -n "__fish_teliqon_using_subcommand balance; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -f -a "show" -d 'Show the channels of "Subscriptions expiring" and "Subscriptions billing"'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -f -a "set" -d 'Turn the email or portal notification of an event on or off'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and not __fish_seen_subcommand_from show set help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -l email -d 'Email notifications for this event: on or off (also true/false, yes/no, 1/0)' -r -f -a "on\t'turn it on (also true, yes, 1)'
off\t'turn it off (also false, no, 0)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -l portal -d 'Portal notifications (the bell icon) for this event: on or off (also true/false, yes/no, 1/0)' -r -f -a "on\t'turn it on (also true, yes, 1)'
off\t'turn it off (also false, no, 0)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -l dry-run -d 'Print what would change (before → after) and change nothing'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show the channels of "Subscriptions expiring" and "Subscriptions billing"'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "set" -d 'Turn the email or portal notification of an event on or off'
complete -c teliqon -n "__fish_teliqon_using_subcommand subscriptions; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -f -a "show" -d 'Show which spending report emails are on (daily, weekly, monthly)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -f -a "set" -d 'Turn the daily, weekly or monthly spending report email on or off (email only)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -f -a "print" -d 'Print the spending report of a period: the Additional balance and Voice balance tables'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and not __fish_seen_subcommand_from show set print help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l daily -d 'Daily spending report email: on or off (also true/false, yes/no, 1/0)' -r -f -a "on\t'turn it on (also true, yes, 1)'
off\t'turn it off (also false, no, 0)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l weekly -d 'Weekly spending report email: on or off (also true/false, yes/no, 1/0)' -r -f -a "on\t'turn it on (also true, yes, 1)'
off\t'turn it off (also false, no, 0)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l monthly -d 'Monthly spending report email: on or off (also true/false, yes/no, 1/0)' -r -f -a "on\t'turn it on (also true, yes, 1)'
off\t'turn it off (also false, no, 0)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l dry-run -d 'Print what would change (before → after) and change nothing'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l period -d 'The report of the last complete day, ISO week (Monday to Sunday) or calendar month' -r -f -a "daily\t'One day (the daily email)'
weekly\t'One ISO week, Monday to Sunday (the weekly email)'
monthly\t'One calendar month (the monthly email)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l date -d 'With --period: report the day, week or month holding DATE instead (YYYY-MM-DD; also YYYY-Www for a week, YYYY-MM for a month)' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l from -d 'First day of the range, included (YYYY-MM-DD)' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l to -d 'Last day of the range, included (YYYY-MM-DD)' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l group-by -d 'Split the rows of both tables per day' -r -f -a "day\t'One row per day and service/destination'"
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l table -d 'Print only one of the two tables (for -o csv: one table per file)' -r -f -a "additional\t'Additional balance: deductions for extra services'
voice\t'Voice balance: charges for calls'"
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l time-zone -d 'Time zone of the dates, an IANA name [default: the profile\'s time_zone, else the local zone]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l force -d 'Allow a --from/--to range longer than 366 days'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from print" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show which spending report emails are on (daily, weekly, monthly)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from help" -f -a "set" -d 'Turn the daily, weekly or monthly spending report email on or off (email only)'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from help" -f -a "print" -d 'Print the spending report of a period: the Additional balance and Voice balance tables'
complete -c teliqon -n "__fish_teliqon_using_subcommand reports; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -f -a "list" -d 'List voice or additional billings, newest first, with the Billings page\'s filters'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and not __fish_seen_subcommand_from list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l kind -d 'Which list' -r -f -a "voice\t'Charges for calls'
additional\t'Deductions for extra services'"
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l from -d 'First day, included (YYYY-MM-DD)' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l to -d 'Last day, included (YYYY-MM-DD)' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l search -d 'Only rows whose comment contains TEXT (at least 2 characters, any case)' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l min-net -d 'Only rows with a net amount of at least AMOUNT (e.g. 0.50)' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l max-net -d 'Only rows with a net amount of at most AMOUNT' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l min-total -d 'Only rows with a total (tax included) of at least AMOUNT' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l max-total -d 'Only rows with a total (tax included) of at most AMOUNT' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l limit -d 'Print at most N rows, 1 to 1,000,000 [default: 100] (--all for every row)' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l time-zone -d 'Time zone of the dates, an IANA name [default: the profile\'s time_zone, else the local zone]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l all -d 'Print every matching row'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from help" -f -a "list" -d 'List voice or additional billings, newest first, with the Billings page\'s filters'
complete -c teliqon -n "__fish_teliqon_using_subcommand billings; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -l out-dir -d 'Write the scripts of all five shells into this directory instead' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -l list-profiles -d 'Print the profile names of the local config, one per line (used by the scripts)'
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand completions" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -l out-dir -d 'Write every page (teliqon.1, teliqon-auth.1, teliqon-auth-login.1, …) into this directory' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand man" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -f -a "serve" -d 'Serve the sandbox in the foreground until Ctrl-C'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and not __fish_seen_subcommand_from serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l addr -d 'Address to listen on (loopback by default; port 0 picks a free port)' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l state -d 'State file [default: <data dir>/teliqon/sandbox.json]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l billings -d 'Seed this many billing rows, voice and additional together (replaces the stored count)' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l anchor -d 'Anchor (end) of the 90 days of generated billings, RFC 3339, stored in the state (reproducible tests) [default: follows the start of the current UTC day]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l fault -d 'Test-only fault, repeatable (grammar in the `sandbox::faults` docs); env specs are separated by \';\'' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l profile -d 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s o -l output -d 'Output format' -r -f -a "table\t'Tables on a terminal, stable `key<TAB>value` lines on a pipe'
json\t'One JSON document'
csv\t'Comma-separated values (reports and billings)'
toml\t'TOML (settings export)'"
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l api-url -d 'API base URL, overriding the profile\'s [env: TELIQON_API_URL]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l connect-timeout -d 'Seconds to establish a connection [default: 10]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l timeout -d 'Seconds for a whole request before giving up [default: 30]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l max-retries -d 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]' -r
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l ca-file -d 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]' -r -F
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l sandbox -d 'Start the embedded sandbox and run the command against it (no account needed)'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l no-input -d 'Never prompt; fail and name the flag to pass instead'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print no notes on stderr (errors and warnings still show)'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -l allow-insecure-http -d 'Allow http:// API URLs other than loopback (the token travels unencrypted)'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the sandbox in the foreground until Ctrl-C'
complete -c teliqon -n "__fish_teliqon_using_subcommand sandbox; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "auth" -d 'Sign in and out; see which token is in use'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "settings" -d 'The whole Settings page at once'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "api" -d 'API settings: the API URL and the access token'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "2fa" -d 'Two-factor authentication: email and TOTP'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "did" -d 'DID numbers: notifications when a number goes to spam'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "balance" -d 'Balance: low balance limit and top-up notifications'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "subscriptions" -d 'Subscriptions: expiring and billing notifications'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "reports" -d 'Spending reports: the email schedule and the reports themselves'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "billings" -d 'Billings: the voice and additional deductions, as on the Billings page'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "completions" -d 'Shell completion scripts (bash, zsh, fish, powershell, elvish)'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "man" -d 'Manual pages'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "sandbox" -d 'The local sandbox server that implements the API contract'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and not __fish_seen_subcommand_from auth settings api 2fa did balance subscriptions reports billings completions man sandbox help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'Sign in with the API URL and access token from the portal\'s API Settings'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "logout" -d 'Remove the stored token of the profile'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "status" -d 'Show the profile, API URL, token source, masked token and whether the API accepts it'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "token" -d 'Print the token in use, raw, for scripts'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "show" -d 'Show all six sections of the Settings page'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "export" -d 'Print the current settings as a file that `settings apply` accepts'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "plan" -d 'Show how the settings differ from a settings file, one line per setting'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from settings" -f -a "apply" -d 'Make the settings match a settings file, then read them back and verify'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "show" -d 'Show the API URL and the access token (masked)'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "url" -d 'Print the API URL, raw, for scripts'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "token" -d 'Print the access token, raw, for scripts'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from api" -f -a "copy" -d 'Copy the API URL or the token to the clipboard (OSC 52, works over SSH)'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "show" -d 'Show whether email and TOTP two-factor authentication are on'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "email" -d 'Turn email two-factor authentication on or off'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from 2fa" -f -a "totp" -d 'TOTP with an authenticator app: enable, confirm, disable'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from did" -f -a "show" -d 'Show the channels of "DID number goes to spam"'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from did" -f -a "set" -d 'Turn the email or portal notification of an event on or off'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from balance" -f -a "show" -d 'Show the low balance limit and the channels of its events'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from balance" -f -a "set" -d 'Turn an event\'s notifications on or off; set the low balance limit amount'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "show" -d 'Show the channels of "Subscriptions expiring" and "Subscriptions billing"'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from subscriptions" -f -a "set" -d 'Turn the email or portal notification of an event on or off'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from reports" -f -a "show" -d 'Show which spending report emails are on (daily, weekly, monthly)'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from reports" -f -a "set" -d 'Turn the daily, weekly or monthly spending report email on or off (email only)'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from reports" -f -a "print" -d 'Print the spending report of a period: the Additional balance and Voice balance tables'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from billings" -f -a "list" -d 'List voice or additional billings, newest first, with the Billings page\'s filters'
complete -c teliqon -n "__fish_teliqon_using_subcommand help; and __fish_seen_subcommand_from sandbox" -f -a "serve" -d 'Serve the sandbox in the foreground until Ctrl-C'

# Profile names come from the local config (no network).
complete -c teliqon -l profile -r -f -a '(teliqon completions --list-profiles 2>/dev/null)'
