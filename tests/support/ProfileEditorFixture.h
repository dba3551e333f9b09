#pragma once

#include "app/auth/AccessTokenCache.h"
#include "app/credentials/CredentialStore.h"
#include "app/net/NetworkThread.h"
#include "app/profiles/ProfileStore.h"
#include "ui/ProfileEditor.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A profile editor over a store of its own, in a fresh directory per test: what the editor tests share.
// Header-only: tests that use it link hoist_ui themselves.
class ProfileEditorFixture
{
protected:
    void startStores()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_profiles = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles")));
        m_credentials = std::make_unique<CredentialStore>(m_dir->filePath(QStringLiteral("hoist.conf")));
    }

    void stopStores()
    {
        m_editor.reset();
        m_credentials.reset();
        m_profiles.reset();
        m_dir.reset();
    }

    void openEditor(Profile profile, const QString& name)
    {
        profile.name = name;
        m_editor = std::make_unique<ProfileEditor>(profile, m_profiles.get(), m_credentials.get(), &m_network,
                                                   &m_tokens);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    NetworkThread m_network;
    AccessTokenCache m_tokens{&m_network};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ProfileEditor> m_editor;
};
