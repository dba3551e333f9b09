#pragma once

#include "app/library/LibraryItem.h"
#include "app/transfers/Destination.h"

#include <QDialog>
#include <QMap>

class QCheckBox;

// Asks before a file replaces a library item, naming both; where the service can (Xibo), also
// whether the layouts, playlists and backgrounds that show the item get the new file, and whether
// the old revisions then go.
class ReplaceDialog : public QDialog
{
    Q_OBJECT

public:
    // The per-item values the service's replace reads for these choices.
    static constexpr QLatin1StringView UpdateInLayouts{"updateInLayouts"};
    static constexpr QLatin1StringView DeleteOldRevisions{"deleteOldRevisions"};

    ReplaceDialog(const LibraryItem& item, const QString& path, const Destination& destination,
                  QWidget* parent = nullptr);

    // The queue item's values: what it replaces, the item's name where the replace sends one, and
    // the choices as "1" or "0".
    QMap<QString, QString> metadata() const;
    QCheckBox* updateInLayouts() const
    {
        return m_updateInLayouts;
    } // nullptr: the service has no such choice
    QCheckBox* deleteOldRevisions() const { return m_deleteOldRevisions; }

private:
    QCheckBox* choice(const QString& key, const QString& text, const QString& tip);

    LibraryItem m_item;
    Profile m_replace;               // the profile as it replaces
    QMap<QString, QString> m_values; // the profile's variables, as the destination gives them
    QCheckBox* m_updateInLayouts;
    QCheckBox* m_deleteOldRevisions;
    bool m_keepsName;
};
