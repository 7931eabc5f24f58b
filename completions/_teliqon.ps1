
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'teliqon' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'teliqon'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'teliqon' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign in and out; see which token is in use')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'The whole Settings page at once')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'API settings: the API URL and the access token')
            [CompletionResult]::new('2fa', '2fa', [CompletionResultType]::ParameterValue, 'Two-factor authentication: email and TOTP')
            [CompletionResult]::new('did', 'did', [CompletionResultType]::ParameterValue, 'DID numbers: notifications when a number goes to spam')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Balance: low balance limit and top-up notifications')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Subscriptions: expiring and billing notifications')
            [CompletionResult]::new('reports', 'reports', [CompletionResultType]::ParameterValue, 'Spending reports: the email schedule and the reports themselves')
            [CompletionResult]::new('billings', 'billings', [CompletionResultType]::ParameterValue, 'Billings: the voice and additional deductions, as on the Billings page')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Shell completion scripts (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Manual pages')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The local sandbox server that implements the API contract')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;auth' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in with the API URL and access token from the portal''s API Settings')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token of the profile')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the profile, API URL, token source, masked token and whether the API accepts it')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the token in use, raw, for scripts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;auth;login' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--with-token', '--with-token', [CompletionResultType]::ParameterName, 'Read the token from stdin (first line) instead of prompting')
            [CompletionResult]::new('--insecure-storage', '--insecure-storage', [CompletionResultType]::ParameterName, 'Keep the token in a 0600 file instead of the OS keyring (plain text on disk)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;auth;logout' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;auth;status' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;auth;token' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;auth;help' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in with the API URL and access token from the portal''s API Settings')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token of the profile')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the profile, API URL, token source, masked token and whether the API accepts it')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the token in use, raw, for scripts')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;auth;help;login' {
            break
        }
        'teliqon;auth;help;logout' {
            break
        }
        'teliqon;auth;help;status' {
            break
        }
        'teliqon;auth;help;token' {
            break
        }
        'teliqon;auth;help;help' {
            break
        }
        'teliqon;settings' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show all six sections of the Settings page')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the current settings as a file that `settings apply` accepts')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show how the settings differ from a settings file, one line per setting')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the settings match a settings file, then read them back and verify')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;settings;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;settings;export' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;settings;plan' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The settings file (TOML, or JSON when named *.json); `-` reads stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The settings file (TOML, or JSON when named *.json); `-` reads stdin')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--detailed-exitcode', '--detailed-exitcode', [CompletionResultType]::ParameterName, 'Exit 3 when there is a difference, 0 when there is none (other codes are errors)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;settings;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The settings file (TOML, or JSON when named *.json); `-` reads stdin')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The settings file (TOML, or JSON when named *.json); `-` reads stdin')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Apply without asking (needed when there is no terminal, e.g. in CI)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Apply without asking (needed when there is no terminal, e.g. in CI)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;settings;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show all six sections of the Settings page')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the current settings as a file that `settings apply` accepts')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show how the settings differ from a settings file, one line per setting')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the settings match a settings file, then read them back and verify')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;settings;help;show' {
            break
        }
        'teliqon;settings;help;export' {
            break
        }
        'teliqon;settings;help;plan' {
            break
        }
        'teliqon;settings;help;apply' {
            break
        }
        'teliqon;settings;help;help' {
            break
        }
        'teliqon;api' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the API URL and the access token (masked)')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the API URL, raw, for scripts')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the access token, raw, for scripts')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the API URL or the token to the clipboard (OSC 52, works over SSH)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;api;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--reveal', '--reveal', [CompletionResultType]::ParameterName, 'Print the token in full')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;api;url' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;api;token' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;api;copy' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;api;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the API URL and the access token (masked)')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the API URL, raw, for scripts')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the access token, raw, for scripts')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the API URL or the token to the clipboard (OSC 52, works over SSH)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;api;help;show' {
            break
        }
        'teliqon;api;help;url' {
            break
        }
        'teliqon;api;help;token' {
            break
        }
        'teliqon;api;help;copy' {
            break
        }
        'teliqon;api;help;help' {
            break
        }
        'teliqon;2fa' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show whether email and TOTP two-factor authentication are on')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Turn email two-factor authentication on or off')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'TOTP with an authenticator app: enable, confirm, disable')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;2fa;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;2fa;email' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;2fa;totp' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn TOTP on: show a QR code and setup key, then confirm a code from the app')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Finish a pending enrolment (from `enable --show-secret`) with a code')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn TOTP off (needs a current code from the app)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;2fa;totp;enable' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--show-secret', '--show-secret', [CompletionResultType]::ParameterName, 'Print the setup key and otpauth:// URI (even to a pipe) and leave the enrolment pending for `2fa totp confirm`')
            [CompletionResult]::new('--no-qr', '--no-qr', [CompletionResultType]::ParameterName, 'Do not draw the QR code; show the setup key and the otpauth:// URI only')
            [CompletionResult]::new('--qr-invert', '--qr-invert', [CompletionResultType]::ParameterName, 'Draw the block-character QR code for light text on a dark background (colour QR codes need no inverting)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;2fa;totp;confirm' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'The current 6-digit code for the pending enrolment (asked for when absent)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;2fa;totp;disable' {
            [CompletionResult]::new('--code', '--code', [CompletionResultType]::ParameterName, 'A current 6-digit code from the authenticator app (asked for when absent)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;2fa;totp;help' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn TOTP on: show a QR code and setup key, then confirm a code from the app')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Finish a pending enrolment (from `enable --show-secret`) with a code')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn TOTP off (needs a current code from the app)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;2fa;totp;help;enable' {
            break
        }
        'teliqon;2fa;totp;help;confirm' {
            break
        }
        'teliqon;2fa;totp;help;disable' {
            break
        }
        'teliqon;2fa;totp;help;help' {
            break
        }
        'teliqon;2fa;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show whether email and TOTP two-factor authentication are on')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Turn email two-factor authentication on or off')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'TOTP with an authenticator app: enable, confirm, disable')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;2fa;help;show' {
            break
        }
        'teliqon;2fa;help;email' {
            break
        }
        'teliqon;2fa;help;totp' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn TOTP on: show a QR code and setup key, then confirm a code from the app')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Finish a pending enrolment (from `enable --show-secret`) with a code')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn TOTP off (needs a current code from the app)')
            break
        }
        'teliqon;2fa;help;totp;enable' {
            break
        }
        'teliqon;2fa;help;totp;confirm' {
            break
        }
        'teliqon;2fa;help;totp;disable' {
            break
        }
        'teliqon;2fa;help;help' {
            break
        }
        'teliqon;did' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the channels of "DID number goes to spam"')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Turn the email or portal notification of an event on or off')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;did;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;did;set' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email notifications for this event: on or off (also true/false, yes/no, 1/0)')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal notifications (the bell icon) for this event: on or off (also true/false, yes/no, 1/0)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change (before → after) and change nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;did;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the channels of "DID number goes to spam"')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Turn the email or portal notification of an event on or off')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;did;help;show' {
            break
        }
        'teliqon;did;help;set' {
            break
        }
        'teliqon;did;help;help' {
            break
        }
        'teliqon;balance' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the low balance limit and the channels of its events')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Turn an event''s notifications on or off; set the low balance limit amount')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;balance;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;balance;set' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email notifications for this event: on or off (also true/false, yes/no, 1/0)')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal notifications (the bell icon) for this event: on or off (also true/false, yes/no, 1/0)')
            [CompletionResult]::new('--amount', '--amount', [CompletionResultType]::ParameterName, 'low-limit only: notify when the voice balance falls below this amount (decimal, up to 2 decimals, 0 to 1000000, in the account''s currency)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change (before → after) and change nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;balance;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the low balance limit and the channels of its events')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Turn an event''s notifications on or off; set the low balance limit amount')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;balance;help;show' {
            break
        }
        'teliqon;balance;help;set' {
            break
        }
        'teliqon;balance;help;help' {
            break
        }
        'teliqon;subscriptions' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the channels of "Subscriptions expiring" and "Subscriptions billing"')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Turn the email or portal notification of an event on or off')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;subscriptions;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;subscriptions;set' {
            [CompletionResult]::new('--email', '--email', [CompletionResultType]::ParameterName, 'Email notifications for this event: on or off (also true/false, yes/no, 1/0)')
            [CompletionResult]::new('--portal', '--portal', [CompletionResultType]::ParameterName, 'Portal notifications (the bell icon) for this event: on or off (also true/false, yes/no, 1/0)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change (before → after) and change nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;subscriptions;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the channels of "Subscriptions expiring" and "Subscriptions billing"')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Turn the email or portal notification of an event on or off')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;subscriptions;help;show' {
            break
        }
        'teliqon;subscriptions;help;set' {
            break
        }
        'teliqon;subscriptions;help;help' {
            break
        }
        'teliqon;reports' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show which spending report emails are on (daily, weekly, monthly)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Turn the daily, weekly or monthly spending report email on or off (email only)')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print the spending report of a period: the Additional balance and Voice balance tables')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;reports;show' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;reports;set' {
            [CompletionResult]::new('--daily', '--daily', [CompletionResultType]::ParameterName, 'Daily spending report email: on or off (also true/false, yes/no, 1/0)')
            [CompletionResult]::new('--weekly', '--weekly', [CompletionResultType]::ParameterName, 'Weekly spending report email: on or off (also true/false, yes/no, 1/0)')
            [CompletionResult]::new('--monthly', '--monthly', [CompletionResultType]::ParameterName, 'Monthly spending report email: on or off (also true/false, yes/no, 1/0)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print what would change (before → after) and change nothing')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;reports;print' {
            [CompletionResult]::new('--period', '--period', [CompletionResultType]::ParameterName, 'The report of the last complete day, ISO week (Monday to Sunday) or calendar month')
            [CompletionResult]::new('--date', '--date', [CompletionResultType]::ParameterName, 'With --period: report the day, week or month holding DATE instead (YYYY-MM-DD; also YYYY-Www for a week, YYYY-MM for a month)')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day of the range, included (YYYY-MM-DD)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day of the range, included (YYYY-MM-DD)')
            [CompletionResult]::new('--group-by', '--group-by', [CompletionResultType]::ParameterName, 'Split the rows of both tables per day')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Print only one of the two tables (for -o csv: one table per file)')
            [CompletionResult]::new('--time-zone', '--time-zone', [CompletionResultType]::ParameterName, 'Time zone of the dates, an IANA name [default: the profile''s time_zone, else the local zone]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow a --from/--to range longer than 366 days')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;reports;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show which spending report emails are on (daily, weekly, monthly)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Turn the daily, weekly or monthly spending report email on or off (email only)')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print the spending report of a period: the Additional balance and Voice balance tables')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;reports;help;show' {
            break
        }
        'teliqon;reports;help;set' {
            break
        }
        'teliqon;reports;help;print' {
            break
        }
        'teliqon;reports;help;help' {
            break
        }
        'teliqon;billings' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List voice or additional billings, newest first, with the Billings page''s filters')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;billings;list' {
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, 'Which list')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'First day, included (YYYY-MM-DD)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Last day, included (YYYY-MM-DD)')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only rows whose comment contains TEXT (at least 2 characters, any case)')
            [CompletionResult]::new('--min-net', '--min-net', [CompletionResultType]::ParameterName, 'Only rows with a net amount of at least AMOUNT (e.g. 0.50)')
            [CompletionResult]::new('--max-net', '--max-net', [CompletionResultType]::ParameterName, 'Only rows with a net amount of at most AMOUNT')
            [CompletionResult]::new('--min-total', '--min-total', [CompletionResultType]::ParameterName, 'Only rows with a total (tax included) of at least AMOUNT')
            [CompletionResult]::new('--max-total', '--max-total', [CompletionResultType]::ParameterName, 'Only rows with a total (tax included) of at most AMOUNT')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'Print at most N rows, 1 to 1,000,000 [default: 100] (--all for every row)')
            [CompletionResult]::new('--time-zone', '--time-zone', [CompletionResultType]::ParameterName, 'Time zone of the dates, an IANA name [default: the profile''s time_zone, else the local zone]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Print every matching row')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;billings;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List voice or additional billings, newest first, with the Billings page''s filters')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;billings;help;list' {
            break
        }
        'teliqon;billings;help;help' {
            break
        }
        'teliqon;completions' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Write the scripts of all five shells into this directory instead')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--list-profiles', '--list-profiles', [CompletionResultType]::ParameterName, 'Print the profile names of the local config, one per line (used by the scripts)')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;man' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Write every page (teliqon.1, teliqon-auth.1, teliqon-auth-login.1, …) into this directory')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;sandbox' {
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox in the foreground until Ctrl-C')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;sandbox;serve' {
            [CompletionResult]::new('--addr', '--addr', [CompletionResultType]::ParameterName, 'Address to listen on (loopback by default; port 0 picks a free port)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'State file [default: <data dir>/teliqon/sandbox.json]')
            [CompletionResult]::new('--billings', '--billings', [CompletionResultType]::ParameterName, 'Seed this many billing rows, voice and additional together (replaces the stored count)')
            [CompletionResult]::new('--anchor', '--anchor', [CompletionResultType]::ParameterName, 'Anchor (end) of the 90 days of generated billings, RFC 3339, stored in the state (reproducible tests) [default: follows the start of the current UTC day]')
            [CompletionResult]::new('--fault', '--fault', [CompletionResultType]::ParameterName, 'Test-only fault, repeatable (grammar in the `sandbox::faults` docs); env specs are separated by '';''')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Profile to use (credentials and preferences) [env: TELIQON_PROFILE]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL, overriding the profile''s [env: TELIQON_API_URL]')
            [CompletionResult]::new('--connect-timeout', '--connect-timeout', [CompletionResultType]::ParameterName, 'Seconds to establish a connection [default: 10]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for a whole request before giving up [default: 30]')
            [CompletionResult]::new('--max-retries', '--max-retries', [CompletionResultType]::ParameterName, 'Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]')
            [CompletionResult]::new('--sandbox', '--sandbox', [CompletionResultType]::ParameterName, 'Start the embedded sandbox and run the command against it (no account needed)')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail and name the flag to pass instead')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no notes on stderr (errors and warnings still show)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)')
            [CompletionResult]::new('--allow-insecure-http', '--allow-insecure-http', [CompletionResultType]::ParameterName, 'Allow http:// API URLs other than loopback (the token travels unencrypted)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'teliqon;sandbox;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox in the foreground until Ctrl-C')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;sandbox;help;serve' {
            break
        }
        'teliqon;sandbox;help;help' {
            break
        }
        'teliqon;help' {
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Sign in and out; see which token is in use')
            [CompletionResult]::new('settings', 'settings', [CompletionResultType]::ParameterValue, 'The whole Settings page at once')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'API settings: the API URL and the access token')
            [CompletionResult]::new('2fa', '2fa', [CompletionResultType]::ParameterValue, 'Two-factor authentication: email and TOTP')
            [CompletionResult]::new('did', 'did', [CompletionResultType]::ParameterValue, 'DID numbers: notifications when a number goes to spam')
            [CompletionResult]::new('balance', 'balance', [CompletionResultType]::ParameterValue, 'Balance: low balance limit and top-up notifications')
            [CompletionResult]::new('subscriptions', 'subscriptions', [CompletionResultType]::ParameterValue, 'Subscriptions: expiring and billing notifications')
            [CompletionResult]::new('reports', 'reports', [CompletionResultType]::ParameterValue, 'Spending reports: the email schedule and the reports themselves')
            [CompletionResult]::new('billings', 'billings', [CompletionResultType]::ParameterValue, 'Billings: the voice and additional deductions, as on the Billings page')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Shell completion scripts (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Manual pages')
            [CompletionResult]::new('sandbox', 'sandbox', [CompletionResultType]::ParameterValue, 'The local sandbox server that implements the API contract')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'teliqon;help;auth' {
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Sign in with the API URL and access token from the portal''s API Settings')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Remove the stored token of the profile')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show the profile, API URL, token source, masked token and whether the API accepts it')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the token in use, raw, for scripts')
            break
        }
        'teliqon;help;auth;login' {
            break
        }
        'teliqon;help;auth;logout' {
            break
        }
        'teliqon;help;auth;status' {
            break
        }
        'teliqon;help;auth;token' {
            break
        }
        'teliqon;help;settings' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show all six sections of the Settings page')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print the current settings as a file that `settings apply` accepts')
            [CompletionResult]::new('plan', 'plan', [CompletionResultType]::ParameterValue, 'Show how the settings differ from a settings file, one line per setting')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Make the settings match a settings file, then read them back and verify')
            break
        }
        'teliqon;help;settings;show' {
            break
        }
        'teliqon;help;settings;export' {
            break
        }
        'teliqon;help;settings;plan' {
            break
        }
        'teliqon;help;settings;apply' {
            break
        }
        'teliqon;help;api' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the API URL and the access token (masked)')
            [CompletionResult]::new('url', 'url', [CompletionResultType]::ParameterValue, 'Print the API URL, raw, for scripts')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Print the access token, raw, for scripts')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy the API URL or the token to the clipboard (OSC 52, works over SSH)')
            break
        }
        'teliqon;help;api;show' {
            break
        }
        'teliqon;help;api;url' {
            break
        }
        'teliqon;help;api;token' {
            break
        }
        'teliqon;help;api;copy' {
            break
        }
        'teliqon;help;2fa' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show whether email and TOTP two-factor authentication are on')
            [CompletionResult]::new('email', 'email', [CompletionResultType]::ParameterValue, 'Turn email two-factor authentication on or off')
            [CompletionResult]::new('totp', 'totp', [CompletionResultType]::ParameterValue, 'TOTP with an authenticator app: enable, confirm, disable')
            break
        }
        'teliqon;help;2fa;show' {
            break
        }
        'teliqon;help;2fa;email' {
            break
        }
        'teliqon;help;2fa;totp' {
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Turn TOTP on: show a QR code and setup key, then confirm a code from the app')
            [CompletionResult]::new('confirm', 'confirm', [CompletionResultType]::ParameterValue, 'Finish a pending enrolment (from `enable --show-secret`) with a code')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Turn TOTP off (needs a current code from the app)')
            break
        }
        'teliqon;help;2fa;totp;enable' {
            break
        }
        'teliqon;help;2fa;totp;confirm' {
            break
        }
        'teliqon;help;2fa;totp;disable' {
            break
        }
        'teliqon;help;did' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the channels of "DID number goes to spam"')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Turn the email or portal notification of an event on or off')
            break
        }
        'teliqon;help;did;show' {
            break
        }
        'teliqon;help;did;set' {
            break
        }
        'teliqon;help;balance' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the low balance limit and the channels of its events')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Turn an event''s notifications on or off; set the low balance limit amount')
            break
        }
        'teliqon;help;balance;show' {
            break
        }
        'teliqon;help;balance;set' {
            break
        }
        'teliqon;help;subscriptions' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show the channels of "Subscriptions expiring" and "Subscriptions billing"')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Turn the email or portal notification of an event on or off')
            break
        }
        'teliqon;help;subscriptions;show' {
            break
        }
        'teliqon;help;subscriptions;set' {
            break
        }
        'teliqon;help;reports' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show which spending report emails are on (daily, weekly, monthly)')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Turn the daily, weekly or monthly spending report email on or off (email only)')
            [CompletionResult]::new('print', 'print', [CompletionResultType]::ParameterValue, 'Print the spending report of a period: the Additional balance and Voice balance tables')
            break
        }
        'teliqon;help;reports;show' {
            break
        }
        'teliqon;help;reports;set' {
            break
        }
        'teliqon;help;reports;print' {
            break
        }
        'teliqon;help;billings' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List voice or additional billings, newest first, with the Billings page''s filters')
            break
        }
        'teliqon;help;billings;list' {
            break
        }
        'teliqon;help;completions' {
            break
        }
        'teliqon;help;man' {
            break
        }
        'teliqon;help;sandbox' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the sandbox in the foreground until Ctrl-C')
            break
        }
        'teliqon;help;sandbox;serve' {
            break
        }
        'teliqon;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
