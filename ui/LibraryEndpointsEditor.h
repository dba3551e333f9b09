#pragma once

#include "app/profiles/LibraryApi.h"

#include <QWidget>

class CollapsibleSection;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Where a profile's service lists and deletes what it holds (the list address, its paging, the JSON
// pointers into one item, the delete address), behind a disclosure button so the dialog stays small.
class LibraryEndpointsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryEndpointsEditor(const LibraryApi& api, QWidget* parent = nullptr);

    // Writes only what the section shows; the rest of api (get, folders, hash, query …) stays.
    void applyTo(LibraryApi& api) const;
    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    QLineEdit* pointerField(const QString& value, const QString& example);
    void updatePaging();

    CollapsibleSection* m_section;
    QWidget* m_body;
    QLineEdit* m_listUrl;
    QLabel* m_listQuery;
    QComboBox* m_paging;
    QSpinBox* m_pageSize;
    QLineEdit* m_items;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_size;
    QLineEdit* m_type;
    QLineEdit* m_modified;
    QLineEdit* m_url;
    QLineEdit* m_deleteUrl;
    QComboBox* m_deleteMethod;
    LibraryApi m_original; // what the section does not show (query parameters …) is checked with it
};
