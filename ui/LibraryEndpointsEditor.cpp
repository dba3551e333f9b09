#include "ui/LibraryEndpointsEditor.h"

#include "ui/CollapsibleSection.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// A label whose mnemonic focuses field, and the field named after it for screen readers.
QLabel* labelFor(QWidget* field, const QString& text)
{
    auto* label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    QString name = text;
    name.remove(u'&');
    if (name.endsWith(u':'))
        name.chop(1);
    field->setAccessibleName(name.trimmed());
    return label;
}

QString queryText(const QList<LibraryApi::Parameter>& query)
{
    QStringList pairs;
    for (const LibraryApi::Parameter& entry : query)
        pairs.append(entry.name + u'=' + entry.value);
    return pairs.join(u'&');
}
} // namespace

LibraryEndpointsEditor::LibraryEndpointsEditor(const LibraryApi& api, QWidget* parent)
    : QWidget(parent)
    , m_section(new CollapsibleSection(tr("Li&brary (list and delete)…"), this))
    , m_body(m_section->body())
    , m_listUrl(new QLineEdit(api.list.request.url, m_body))
    , m_listQuery(new QLabel(m_body))
    , m_paging(new QComboBox(m_body))
    , m_pageSize(new QSpinBox(m_body))
    , m_items(pointerField(api.list.items, u"/results"_s))
    , m_id(pointerField(api.list.item.id, u"/id"_s))
    , m_name(pointerField(api.list.item.name, u"/name"_s))
    , m_size(pointerField(api.list.item.size, u"/size"_s))
    , m_type(pointerField(api.list.item.type, u"/content_type"_s))
    , m_modified(pointerField(api.list.item.modified, u"/updated_at"_s))
    , m_url(pointerField(api.list.item.url, u"/url"_s))
    , m_deleteUrl(new QLineEdit(api.remove.url, m_body))
    , m_deleteMethod(new QComboBox(m_body))
    , m_original(api)
{
    m_section->toggle()->setToolTip(tr("Where the service lists the items it holds and deletes one, for the "
                                       "Library window and for replacing an item"));

    m_listUrl->setPlaceholderText(u"{+url}?search={search}&offset={offset}&limit={limit}"_s);
    m_listUrl->setToolTip(tr("Where the service lists its items. Each request fills in {search} (what is "
                             "searched for), {offset} (where the page starts, from 0), {limit} (how many "
                             "items a page holds) and {page} (the page number, from 1); the profile's "
                             "values work too, {+name} inserted as written."));
    // Query parameters a preset sends along are kept as they are; saying so explains a short address.
    m_listQuery->setTextFormat(Qt::PlainText);
    m_listQuery->setWordWrap(true);
    m_listQuery->setText(tr("Also sent with the query %1").arg(queryText(api.list.request.query)));
    m_listQuery->setVisible(!api.list.request.query.isEmpty());
    m_paging->addItem(tr("None"), int(LibraryApi::Paging::None));
    m_paging->addItem(tr("Offset and limit"), int(LibraryApi::Paging::Offset));
    m_paging->addItem(tr("Page number"), int(LibraryApi::Paging::Page));
    m_paging->setCurrentIndex(m_paging->findData(int(api.list.paging)));
    m_paging->setToolTip(tr("How the service splits a long list: by {offset} and {limit}, or by {page} "
                            "and {limit}; None: one answer holds everything."));
    m_pageSize->setRange(1, LibraryApi::MaxPageSize);
    m_pageSize->setValue(api.list.pageSize);
    m_items->setToolTip(tr("The JSON pointer to the list of items in the answer, such as /results; "
                           "empty when the answer is the list itself."));
    m_deleteUrl->setPlaceholderText(u"{+url}/{id}"_s);
    m_deleteUrl->setToolTip(
        tr("Where an item is deleted; {id} is the item's ID. Empty: Hoist does not delete here."));
    const QString method = api.remove.isSet() ? api.remove.method : u"DELETE"_s;
    m_deleteMethod->addItems({u"DELETE"_s, u"POST"_s});
    if (m_deleteMethod->findText(method) < 0)
        m_deleteMethod->addItem(method); // the profile's own, kept
    m_deleteMethod->setCurrentText(method);
    connect(m_paging, &QComboBox::currentIndexChanged, this, &LibraryEndpointsEditor::updatePaging);

    auto* grid = new QGridLayout(m_body);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    int row = 0;
    grid->addWidget(labelFor(m_listUrl, tr("List add&ress:")), row, 0);
    grid->addWidget(m_listUrl, row++, 1, 1, 3);
    grid->addWidget(m_listQuery, row++, 1, 1, 3);
    grid->addWidget(labelFor(m_paging, tr("Pa&ging:")), row, 0);
    grid->addWidget(m_paging, row, 1);
    grid->addWidget(labelFor(m_pageSize, tr("Item&s per page:")), row, 2);
    grid->addWidget(m_pageSize, row++, 3);
    const std::pair<QLineEdit*, QString> pointers[] = {
        {m_items, tr("&Items at:")},     {m_id, tr("I&D at:")},     {m_name, tr("Nam&e at:")},
        {m_size, tr("Si&ze at:")},       {m_type, tr("T&ype at:")}, {m_modified, tr("Modi&fied at:")},
        {m_url, tr("&Web address at:")},
    };
    int column = 0;
    for (const auto& [field, label] : pointers) {
        grid->addWidget(labelFor(field, label), row, column);
        grid->addWidget(field, row, column + 1);
        column = column == 0 ? 2 : 0;
        row += column == 0 ? 1 : 0;
    }
    row += column == 0 ? 0 : 1;
    grid->addWidget(labelFor(m_deleteUrl, tr("De&lete address:")), row, 0);
    grid->addWidget(m_deleteUrl, row, 1);
    grid->addWidget(labelFor(m_deleteMethod, tr("Meth&od:")), row, 2);
    grid->addWidget(m_deleteMethod, row, 3);
    m_deleteMethod->setAccessibleName(tr("Delete method")); // not the sign-in's "Method"

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_section);
    updatePaging();
}

QLineEdit* LibraryEndpointsEditor::pointerField(const QString& value, const QString& example)
{
    auto* field = new QLineEdit(value, m_body);
    field->setPlaceholderText(example);
    field->setToolTip(tr("A JSON pointer into one item of the list, such as /id; empty when the service "
                         "does not say."));
    return field;
}

bool LibraryEndpointsEditor::isExpanded() const
{
    return m_section->isExpanded();
}

void LibraryEndpointsEditor::setExpanded(bool expanded)
{
    m_section->setExpanded(expanded);
}

void LibraryEndpointsEditor::updatePaging()
{
    m_pageSize->setEnabled(m_paging->currentData().toInt() != int(LibraryApi::Paging::None));
}

void LibraryEndpointsEditor::applyTo(LibraryApi& api) const
{
    api.list.request.url = m_listUrl->text().trimmed();
    api.list.paging = LibraryApi::Paging(m_paging->currentData().toInt());
    api.list.pageSize = m_pageSize->value();
    api.list.items = m_items->text().trimmed();
    api.list.item.id = m_id->text().trimmed();
    api.list.item.name = m_name->text().trimmed();
    api.list.item.size = m_size->text().trimmed();
    api.list.item.type = m_type->text().trimmed();
    api.list.item.modified = m_modified->text().trimmed();
    api.list.item.url = m_url->text().trimmed();
    api.remove.url = m_deleteUrl->text().trimmed();
    api.remove.method = m_deleteMethod->currentText();
}
