// SPDX-License-Identifier: Apache-2.0
#include "SpinConfig.h"

#include "MiniYaml.h"
#include "SecretMask.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Fd {

namespace {

/// This file's texts; lupdate files them under "SpinConfig", the context Tr::tr() looks them up in.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SpinConfig)
};

bool isNameChar(QChar c, bool first)
{
    return c == QLatin1Char('_') || (c.isLetter() && c.unicode() < 128) || (!first && c.isDigit());
}

QString expandHome(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

QString text(const QVariant &root, const QString &path)
{
    return yamlValue(root, path).toString().trimmed();
}

class Reader
{
public:
    Reader(const QVariant &root, const QString &path) : m_root(root), m_path(path) { }

    Result<SpinConfig> read()
    {
        SpinConfig config;
        config.settings.origin = m_path;
        const QString endpoint = text(m_root, QStringLiteral("gate.endpoint"));
        config.settings.url = QUrl(endpoint.isEmpty() ? QStringLiteral("http://localhost:8084") : endpoint);
        if (!config.settings.isValid())
            return error(QStringLiteral("gate.endpoint"), Tr::tr("\"%1\" is not a usable Gate URL.")
                                                              .arg(SecretMask::maskUrlCredentials(endpoint)));
        if (!config.settings.url.userInfo().isEmpty()) {
            // Never kept: settings are stored, and a URL is shown in messages.
            config.settings.url = SecretMask::withoutCredentials(config.settings.url);
            config.warnings << Tr::tr("%1: the user name and password in gate.endpoint are ignored; set them under auth.")
                                   .arg(m_path);
        }
        if (!yamlBool(yamlValue(m_root, QStringLiteral("auth.enabled"))))
            return config;
        if (yamlBool(yamlValue(m_root, QStringLiteral("auth.ignoreCertErrors")))) {
            config.settings.allowInsecureTls = true;
            config.warnings << Tr::tr("%1 sets auth.ignoreCertErrors: Gate's certificate will not be checked.").arg(m_path);
        }
        // The order spin tries them in: a client certificate first, then tokens, then passwords.
        if (has(QStringLiteral("auth.x509")))
            return readX509(config);
        if (has(QStringLiteral("auth.oauth2")))
            return readToken(config, QStringLiteral("auth.oauth2.cachedToken.access_token"),
                             Tr::tr("spin has no cached OAuth2 token yet. Sign in once with spin (for example "
                                    "\"spin application list\"), or give the designer a token."));
        if (has(QStringLiteral("auth.iap")))
            return readToken(config, QStringLiteral("auth.iap.iapIdToken"),
                             Tr::tr("Only an IAP id token (auth.iap.iapIdToken) can be used; the designer does not "
                                    "run the IAP sign-in flow. Give the designer an id token instead."));
        if (has(QStringLiteral("auth.basic")))
            return readPassword(config, QStringLiteral("auth.basic"), SignInMode::Basic);
        if (has(QStringLiteral("auth.ldap")))
            return readPassword(config, QStringLiteral("auth.ldap"), SignInMode::Form);
        if (has(QStringLiteral("auth.google_service_account")))
            return error(QStringLiteral("auth.google_service_account"),
                         Tr::tr("Google service-account sign-in is not supported; give the designer an IAP id token."));
        return error(QStringLiteral("auth"), Tr::tr("auth.enabled is set but no sign-in method is configured."));
    }

private:
    bool has(const QString &key) const { return yamlValue(m_root, key).typeId() == QMetaType::QVariantMap; }

    Error error(const QString &key, const QString &message) const
    {
        Error e;
        e.file = m_path;
        e.keyPath = key;
        e.message = message;
        return e;
    }

    Result<SpinConfig> readX509(SpinConfig config) const
    {
        const QString cert = text(m_root, QStringLiteral("auth.x509.certPath"));
        const QString key = text(m_root, QStringLiteral("auth.x509.keyPath"));
        if (!text(m_root, QStringLiteral("auth.x509.cert")).isEmpty() || !text(m_root, QStringLiteral("auth.x509.key")).isEmpty())
            return error(QStringLiteral("auth.x509"),
                         Tr::tr("Inline certificates (cert:, key:) are not supported: the key would have to be copied. "
                                "Save them as files and set certPath and keyPath."));
        if (cert.isEmpty() || key.isEmpty())
            return error(QStringLiteral("auth.x509"), Tr::tr("Both certPath and keyPath are needed."));
        config.settings.mode = SignInMode::X509;
        config.settings.clientCertPath = expandHome(cert);
        config.settings.clientKeyPath = expandHome(key);
        return config;
    }

    Result<SpinConfig> readToken(SpinConfig config, const QString &key, const QString &missing) const
    {
        config.secret = text(m_root, key);
        if (config.secret.isEmpty())
            return error(key, missing);
        config.settings.mode = SignInMode::Bearer;
        return config;
    }

    Result<SpinConfig> readPassword(SpinConfig config, const QString &section, SignInMode mode) const
    {
        config.settings.mode = mode;
        config.settings.username = text(m_root, section + QStringLiteral(".username"));
        config.secret = yamlValue(m_root, section + QStringLiteral(".password")).toString();
        if (config.settings.username.isEmpty())
            return error(section + QStringLiteral(".username"), Tr::tr("A user name is needed."));
        return config;
    }

    QVariant m_root;
    QString m_path;
};

} // namespace

QString expandEnvironment(const QString &input, const QProcessEnvironment &env, QStringList *used)
{
    QString out;
    out.reserve(input.size());
    for (int i = 0; i < input.size(); ++i) {
        const QChar c = input.at(i);
        if (c != QLatin1Char('$') || i + 1 >= input.size()) {
            out += c;
            continue;
        }
        const bool braced = input.at(i + 1) == QLatin1Char('{');
        int start = i + (braced ? 2 : 1);
        int end = start;
        while (end < input.size() && isNameChar(input.at(end), end == start))
            ++end;
        if (end == start || (braced && (end >= input.size() || input.at(end) != QLatin1Char('}')))) {
            out += c;
            continue;
        }
        const QString value = env.value(input.mid(start, end - start));
        if (used && !value.isEmpty())
            used->append(value);
        out += value;
        i = braced ? end : end - 1;
    }
    return out;
}

QString SpinConfig::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.spin/config");
}

Result<SpinConfig> SpinConfig::load(const QString &path, const QProcessEnvironment &env)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e;
        e.file = path;
        e.message = Tr::tr("Cannot read spin's configuration: %1.").arg(file.errorString());
        return e;
    }
    return parse(QString::fromUtf8(file.readAll()), path, env);
}

Result<SpinConfig> SpinConfig::parse(const QString &yaml, const QString &path, const QProcessEnvironment &env)
{
    QStringList used;
    const QString expanded = expandEnvironment(yaml, env, &used);
    const Result<QVariant> root = parseMiniYaml(expanded, path);
    if (!root) {
        // Quote the line as the user wrote it: an expanded $VARIABLE may hold a secret.
        Error e = root.error();
        const QStringList original = yaml.split(QLatin1Char('\n'));
        const QStringList after = expanded.split(QLatin1Char('\n'));
        if (e.line > 0 && e.line <= original.size()
            && (original.size() != after.size() || original.at(e.line - 1) != after.at(e.line - 1))) {
            e.message = Tr::tr("This line is not valid YAML once its $VARIABLES are expanded (their values are not shown).");
            e.context = e.context == SecretMask::Mask ? e.context : SecretMask::maskYamlLine(original.at(e.line - 1));
            e.keyPath.clear(); // a key on that line may hold expanded text too
        }
        // Whatever the parser quoted (a key, a fragment), no substituted value may show.
        for (const QString &value : qAsConst(used)) {
            if (e.toString().contains(value.trimmed().isEmpty() ? value : value.trimmed())) {
                e.message = Tr::tr("This file is not valid YAML once its $VARIABLES are expanded (their values are not shown).");
                e.keyPath.clear();
                e.context = e.line > 0 && e.line <= original.size() ? SecretMask::maskYamlLine(original.at(e.line - 1)) : QString();
                break;
            }
        }
        return e;
    }
    if (root->isValid() && root->typeId() != QMetaType::QVariantMap) {
        Error e;
        e.file = path;
        e.message = Tr::tr("spin's configuration must be a YAML mapping.");
        return e;
    }
    Result<SpinConfig> config = Reader(*root, path).read();
    if (config) {
        const QString plain = config->settings.plainTextCredentialsWarning();
        if (!plain.isEmpty())
            config.value().warnings << plain;
    }
    return config;
}

} // namespace Fd
